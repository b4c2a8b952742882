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
  // Sized once: this runs on every tag over all of a report's spans, and growing the array as
  // it fills would allocate about twice its size.
  const layers = new Array<number>(spans.length);
  // Where the latest span of each layer ends: the layer is free again from there on.
  const layerEnds: number[] = [];
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    let layer = 0;
    while (layer < layerEnds.length && layerEnds[layer]! > span.start) layer++;
    layerEnds[layer] = span.end;
    layers[index] = layer;
  }
  return layers;
}
