import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { ArticlePositions } from '../article/articlePositions';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import type { OverlaySpan } from './ReviewOverlay';

/** Short badges for annotators: two letters each, the whole name where two would clash. */
export function annotatorInitials(annotators: readonly string[]): Map<string, string> {
  const short = (name: string) => name.slice(0, 2).toUpperCase();
  return new Map(
    annotators.map((name) => {
      const clash = annotators.some((other) => other !== name && short(other) === short(name));
      return [name, clash ? name : short(name)];
    }),
  );
}

/**
 * The decorations of the compare view: each annotator's spans in its own band, positions
 * converted from code points at this one boundary; spans in `activeIds` are marked active.
 */
export function overlaySpansFor(
  annotators: readonly string[],
  spansByAnnotator: Readonly<Record<string, readonly Annotation[]>>,
  positions: ArticlePositions,
  appearances: ReadonlyMap<string, LabelAppearance>,
  activeIds: ReadonlySet<string>,
): OverlaySpan[] {
  const initials = annotatorInitials(annotators);
  return annotators.flatMap((annotator, band) =>
    (spansByAnnotator[annotator] ?? []).map((span) => ({
      id: span.id,
      label: span.label,
      annotator,
      initials: initials.get(annotator) ?? annotator,
      band,
      from: positions.toPosition(span.start),
      to: positions.toPosition(span.end),
      colour: appearanceOf(appearances, span.label).colour,
      active: activeIds.has(`${annotator}\u0000${span.id}`),
    })),
  );
}
