/** A span as far as layering cares: offsets in any one unit, end exclusive. */
export interface LayeredSpan {
  start: number;
  end: number;
}

/**
 * Gives each span the lowest underline layer not used by a span it overlaps, outer spans first,
 * so nested and overlapping spans are drawn at different depths below the text; the layers come
 * back in the order of `spans`, which must be text order (start ascending, longer first).
 */
export function assignSpanLayers(spans: readonly LayeredSpan[]): number[] {
  const layers: number[] = [];
  // Where the latest span of each layer ends: the layer is free again from there on.
  const layerEnds: number[] = [];
  for (const span of spans) {
    let layer = 0;
    while (layer < layerEnds.length && layerEnds[layer]! > span.start) layer++;
    layerEnds[layer] = span.end;
    layers.push(layer);
  }
  return layers;
}
