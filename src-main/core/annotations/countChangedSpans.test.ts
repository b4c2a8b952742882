import { describe, expect, it } from 'vitest';
import type { Annotation } from './annotationSchema';
import { countChangedSpans } from './countChangedSpans';

describe('countChangedSpans', () => {
  const span = (id: string, note?: string) =>
    ({ id, label: 'denial', start: 0, end: 1, text: 'a', ...(note ? { note } : {}) }) as Annotation;
  it.each([
    { before: [], after: [], changed: 0 },
    { before: [span('a')], after: [span('a')], changed: 0 },
    { before: [span('a')], after: [span('a', 'note')], changed: 1 },
    { before: [span('a')], after: [span('b')], changed: 2 },
    { before: [], after: [span('a'), span('b')], changed: 2 },
  ])('$changed changes', ({ before, after, changed }) => {
    expect(countChangedSpans(before, after)).toBe(changed);
  });
});
