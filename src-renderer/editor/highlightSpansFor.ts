import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { ArticlePositions } from '../article/articlePositions';
import { assignSpanLayers } from '../article/spanLayers';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import type { HighlightSpan, SpanLineStyle } from './AnnotationHighlights';

/**
 * The highlights last made for each span (spans are immutable, so an unchanged span is the same
 * object). Handing the same highlight objects over lets the editor see at a glance that a span
 * still draws the same, so one tag in a 5,000-span report costs one new highlight, not 5,000.
 * Make one per document (per ArticlePositions).
 */
export type HighlightCache = WeakMap<Annotation, HighlightSpan>;

function reusable(
  cached: HighlightSpan | undefined,
  colour: string,
  lineStyle: SpanLineStyle,
  layer: number,
  selected: boolean,
): cached is HighlightSpan {
  return (
    cached !== undefined &&
    cached.colour === colour &&
    cached.lineStyle === lineStyle &&
    cached.layer === layer &&
    cached.selected === selected
  );
}

/**
 * The highlights to draw for the drawn spans (in text order): positions converted from code
 * points at this one boundary, a layer per overlap depth, the label's colour and style.
 */
export function highlightSpansFor(
  annotations: readonly Annotation[],
  positions: ArticlePositions,
  appearances: ReadonlyMap<string, LabelAppearance>,
  selectedAnnotationId: string | null,
  cache: HighlightCache = new WeakMap(),
): HighlightSpan[] {
  const layers = assignSpanLayers(annotations);
  return annotations.map((annotation, index) => {
    const appearance = appearanceOf(appearances, annotation.label);
    const layer = layers[index]!;
    const selected = annotation.id === selectedAnnotationId;
    const cached = cache.get(annotation);
    if (reusable(cached, appearance.colour, appearance.lineStyle, layer, selected)) return cached;
    const highlight: HighlightSpan = {
      id: annotation.id,
      label: annotation.label,
      from: positions.toPosition(annotation.start),
      to: positions.toPosition(annotation.end),
      colour: appearance.colour,
      lineStyle: appearance.lineStyle,
      layer,
      selected,
    };
    cache.set(annotation, highlight);
    return highlight;
  });
}

/**
 * The leading highlights (in text order) that start before ProseMirror position `end`: the
 * same array when that is all of them.
 */
export function highlightsStartingBefore(
  highlights: readonly HighlightSpan[],
  end: number,
): readonly HighlightSpan[] {
  let low = 0;
  let high = highlights.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (highlights[middle]!.from < end) low = middle + 1;
    else high = middle;
  }
  return low === highlights.length ? highlights : highlights.slice(0, low);
}
