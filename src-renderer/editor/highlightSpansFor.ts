import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { ArticlePositions } from '../article/articlePositions';
import { assignSpanLayers } from '../article/spanLayers';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import type { HighlightSpan } from './AnnotationHighlights';

/**
 * The highlights to draw for the drawn spans (in text order): positions converted from code
 * points at this one boundary, a layer per overlap depth, the label's colour and style.
 */
export function highlightSpansFor(
  annotations: readonly Annotation[],
  positions: ArticlePositions,
  appearances: ReadonlyMap<string, LabelAppearance>,
  selectedAnnotationId: string | null,
): HighlightSpan[] {
  const layers = assignSpanLayers(annotations);
  return annotations.map((annotation) => {
    const appearance = appearanceOf(appearances, annotation.label);
    return {
      id: annotation.id,
      label: annotation.label,
      from: positions.toPosition(annotation.start),
      to: positions.toPosition(annotation.end),
      colour: appearance.colour,
      lineStyle: appearance.lineStyle,
      layer: layers.get(annotation.id) ?? 0,
      selected: annotation.id === selectedAnnotationId,
    };
  });
}
