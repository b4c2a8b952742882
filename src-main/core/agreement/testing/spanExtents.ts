import fc from 'fast-check';
import type { SpanExtent } from '../spanMatching';

export const spanExtent = (labelIndex: number, start: number, end: number): SpanExtent => ({
  labelIndex,
  start,
  end,
});

/**
 * Lists of up to `maxCount` spans of three labels, starting at 0–`maxStart` and 1–`maxLength`
 * long: the shorter the text, the more the spans overlap and compete.
 */
export function spanExtentLists(options: {
  maxStart: number;
  maxLength: number;
  maxCount: number;
}): fc.Arbitrary<SpanExtent[]> {
  return fc.array(
    fc
      .tuple(
        fc.integer({ min: 0, max: 2 }),
        fc.integer({ min: 0, max: options.maxStart }),
        fc.integer({ min: 1, max: options.maxLength }),
      )
      .map(([labelIndex, start, length]) => spanExtent(labelIndex, start, start + length)),
    { maxLength: options.maxCount },
  );
}
