import type { Annotation } from '../../src-main/core/annotations/annotationSchema';

/** Text order: by start, the longer (outer) span first, then by label and id for stability. */
export function compareTextOrder(
  a: Pick<Annotation, 'start' | 'end' | 'label' | 'id'>,
  b: Pick<Annotation, 'start' | 'end' | 'label' | 'id'>,
): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** The annotations in text order, as a new array. */
export function inTextOrder<T extends Pick<Annotation, 'start' | 'end' | 'label' | 'id'>>(
  annotations: readonly T[],
): T[] {
  return [...annotations].sort(compareTextOrder);
}
