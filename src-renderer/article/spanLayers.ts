/** A span as far as layering cares: offsets in any one unit, end exclusive. */
export interface LayeredSpan {
  id: string;
  start: number;
  end: number;
}

/**
 * Gives each span the lowest underline layer not used by a span it overlaps, outer spans
 * first, so nested and overlapping spans are drawn at different depths below the text.
 * `spans` must be in text order (start ascending, longer first).
 */
export function assignSpanLayers(spans: readonly LayeredSpan[]): Map<string, number> {
  const layers = new Map<string, number>();
  // Spans still open at the current start, with their layer.
  let open: { end: number; layer: number }[] = [];
  for (const span of spans) {
    open = open.filter((other) => other.end > span.start);
    let layer = 0;
    while (open.some((other) => other.layer === layer)) layer++;
    open.push({ end: span.end, layer });
    layers.set(span.id, layer);
  }
  return layers;
}
