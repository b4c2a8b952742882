import type { CodePointIndex } from '../text/codePoints';

/** Code points of context stored on each side of a span, used to re-anchor it. */
export const CONTEXT_LENGTH = 32;

/** The text of a span and up to CONTEXT_LENGTH code points on each side; offsets in code points. */
export function spanTextAndContext(
  index: CodePointIndex,
  start: number,
  end: number,
): { text: string; prefix: string; suffix: string } {
  return {
    text: index.slice(start, end),
    prefix: index.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: index.slice(end, Math.min(index.codePointLength, end + CONTEXT_LENGTH)),
  };
}
