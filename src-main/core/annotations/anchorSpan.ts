import { codePointLength, type CodePointIndex } from '../text/codePoints';
import { spanTextAndContext } from './spanContext';

/**
 * Where a stored span lands in the current document text:
 * - `exact`: its text (and context, when stored) is where its offsets say;
 * - `moved`: found at other offsets, unambiguously (unique text, or unique full context);
 * - `ambiguous`: its text occurs several times and the context does not single one out;
 * - `missing`: its text no longer occurs at all.
 * Only `exact` and `moved` may be drawn; the others need the analyst's attention.
 */
export type AnchorStatus = 'exact' | 'moved' | 'ambiguous' | 'missing';

export interface AnchorResult {
  status: AnchorStatus;
  /** Code-point offsets where the span belongs now (exact / moved only). */
  start?: number;
  end?: number;
  /** Best guess for an ambiguous span, never applied without the analyst. */
  suggestion?: { start: number; end: number };
  /** How many times the span's text occurs in the document. */
  occurrences: number;
}

export interface StoredSpan {
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
}

function contextMatches(
  index: CodePointIndex,
  span: StoredSpan,
  start: number,
  end: number,
): boolean {
  if (span.prefix === undefined && span.suffix === undefined) return true;
  const actual = spanTextAndContext(index, start, end);
  return actual.prefix.endsWith(span.prefix ?? '') && actual.suffix.startsWith(span.suffix ?? '');
}

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (
    length < a.length &&
    length < b.length &&
    a[a.length - 1 - length] === b[b.length - 1 - length]
  )
    length++;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/** Places a stored span in `index`'s text by its offsets, then by its text and context. */
export function anchorSpan(index: CodePointIndex, span: StoredSpan): AnchorResult {
  const { start, end, text } = span;
  const inRange =
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    start >= 0 &&
    start < end &&
    end <= index.codePointLength;
  if (inRange && index.slice(start, end) === text && contextMatches(index, span, start, end)) {
    return { status: 'exact', start, end, occurrences: 1 };
  }
  if (text === '') return { status: 'missing', occurrences: 0 };

  const length = codePointLength(text);
  const candidates: { start: number; score: number; fullContext: boolean }[] = [];
  for (
    let utf16 = index.text.indexOf(text);
    utf16 !== -1;
    utf16 = index.text.indexOf(text, utf16 + 1)
  ) {
    if (index.splitsSurrogatePair(utf16)) continue;
    const candidateStart = index.toCodePoint(utf16);
    const actual = spanTextAndContext(index, candidateStart, candidateStart + length);
    const score =
      commonSuffixLength(actual.prefix, span.prefix ?? '') +
      commonPrefixLength(actual.suffix, span.suffix ?? '');
    candidates.push({
      start: candidateStart,
      score,
      fullContext: contextMatches(index, span, candidateStart, candidateStart + length),
    });
  }
  if (candidates.length === 0) return { status: 'missing', occurrences: 0 };

  const placed = (candidateStart: number): AnchorResult => ({
    status: 'moved',
    start: candidateStart,
    end: candidateStart + length,
    occurrences: candidates.length,
  });
  if (candidates.length === 1) return placed(candidates[0]!.start);
  const fullMatches = candidates.filter((candidate) => candidate.fullContext);
  if (fullMatches.length === 1) return placed(fullMatches[0]!.start);

  // Best context first, then nearest to the old offset, so the suggestion is predictable.
  const best = [...candidates].sort(
    (a, b) =>
      b.score - a.score ||
      Math.abs(a.start - start) - Math.abs(b.start - start) ||
      a.start - b.start,
  )[0]!;
  return {
    status: 'ambiguous',
    suggestion: { start: best.start, end: best.start + length },
    occurrences: candidates.length,
  };
}
