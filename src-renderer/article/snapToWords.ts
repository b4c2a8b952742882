/** A range of UTF-16 offsets into a text, end exclusive. */
export interface Utf16Range {
  start: number;
  end: number;
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
let cachedSegments: { text: string; segments: Intl.Segments } | undefined;

function segmentsOf(text: string): Intl.Segments {
  // Tagging snaps twice per span in the same article: segment it once.
  if (cachedSegments?.text !== text)
    cachedSegments = { text, segments: wordSegmenter.segment(text) };
  return cachedSegments.segments;
}

const WHITESPACE = /\s/u;

/**
 * Trims whitespace at both edges of a selection (UTF-16 offsets), then widens it so that it
 * never cuts a word (or a grapheme) in half, using the locale's word boundaries (Intl.Segmenter).
 * Returns undefined when nothing but whitespace is selected.
 */
export function snapToWords(text: string, selection: Utf16Range): Utf16Range | undefined {
  let { start, end } = trimWhitespace(text, selection) ?? { start: 0, end: 0 };
  if (start >= end) return undefined;
  const segments = segmentsOf(text);
  const first = segments.containing(start);
  // Segments never split a grapheme either, so an emoji or a combining mark stays whole.
  if (first && first.index < start) start = first.index;
  const last = segments.containing(end - 1);
  if (last && last.index + last.segment.length > end) end = last.index + last.segment.length;
  return { start, end };
}

/** The selection without whitespace at its edges; undefined when only whitespace remains. */
export function trimWhitespace(text: string, selection: Utf16Range): Utf16Range | undefined {
  let { start, end } = selection;
  while (start < end && WHITESPACE.test(text.charAt(start))) start++;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end--;
  return start < end ? { start, end } : undefined;
}
