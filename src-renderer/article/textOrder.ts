import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { compareCodeUnits } from '../../src-main/core/text/compareCodeUnits';

/** Text order: by start, the longer (outer) span first, then by label and id for stability. */
export function compareTextOrder(
  a: Pick<Annotation, 'start' | 'end' | 'label' | 'id'>,
  b: Pick<Annotation, 'start' | 'end' | 'label' | 'id'>,
): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    compareCodeUnits(a.label, b.label) ||
    compareCodeUnits(a.id, b.id)
  );
}

/** The annotations in text order, as a new array. */
export function inTextOrder<T extends Pick<Annotation, 'start' | 'end' | 'label' | 'id'>>(
  annotations: readonly T[],
): T[] {
  return [...annotations].sort(compareTextOrder);
}
