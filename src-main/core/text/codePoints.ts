/**
 * Offsets in Parley files are Unicode code points (what Python's `text[a:b]` counts);
 * JavaScript strings index UTF-16 code units. This module is the one place that converts.
 */

const HIGH_SURROGATE_MIN = 0xd800;
const HIGH_SURROGATE_MAX = 0xdbff;
const LOW_SURROGATE_MIN = 0xdc00;
const LOW_SURROGATE_MAX = 0xdfff;

function isHighSurrogate(unit: number): boolean {
  return unit >= HIGH_SURROGATE_MIN && unit <= HIGH_SURROGATE_MAX;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= LOW_SURROGATE_MIN && unit <= LOW_SURROGATE_MAX;
}

/**
 * A high surrogate followed by a low one: one astral character. Found with a regular
 * expression rather than a loop over charCodeAt: V8 scans in native code (7–9× faster on the
 * benchmark's news texts) and answers at once for a one-byte string, which cannot hold one.
 * `test` on this global expression leaves `lastIndex` just after the pair it found, so the
 * scans below allocate nothing; each resets `lastIndex` first and calls nothing in between.
 */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text: string): number {
  let pairs = 0;
  SURROGATE_PAIR.lastIndex = 0;
  while (SURROGATE_PAIR.test(text)) pairs++;
  return text.length - pairs;
}

/**
 * Converts between code-point offsets and UTF-16 offsets of one text in O(log n) per call.
 * Built once per document; a text without astral characters converts by identity.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the high surrogate of every astral character, ascending. */
  private readonly astralUtf16Offsets: number[] = [];
  /** Length of the text in code points. */
  readonly codePointLength: number;
  /** Length of the text in UTF-16 code units. */
  readonly utf16Length: number;

  constructor(readonly text: string) {
    SURROGATE_PAIR.lastIndex = 0;
    while (SURROGATE_PAIR.test(text)) this.astralUtf16Offsets.push(SURROGATE_PAIR.lastIndex - 2);
    this.utf16Length = text.length;
    this.codePointLength = text.length - this.astralUtf16Offsets.length;
  }

  /** UTF-16 offset of code-point offset `codePoint` (0 ≤ codePoint ≤ codePointLength). */
  toUtf16(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.codePointLength) {
      throw new RangeError(`code-point offset ${codePoint} is outside 0..${this.codePointLength}`);
    }
    // The k-th astral character (0-based) sits at code point astral[k] - k.
    let low = 0;
    let high = this.astralUtf16Offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.astralUtf16Offsets[middle]! - middle < codePoint) low = middle + 1;
      else high = middle;
    }
    return codePoint + low;
  }

  /**
   * Code-point offset of UTF-16 offset `utf16`. An offset inside a surrogate pair
   * rounds down to the start of that character, so a span never splits one.
   */
  toCodePoint(utf16: number): number {
    if (!Number.isInteger(utf16) || utf16 < 0 || utf16 > this.utf16Length) {
      throw new RangeError(`UTF-16 offset ${utf16} is outside 0..${this.utf16Length}`);
    }
    let low = 0;
    let high = this.astralUtf16Offsets.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.astralUtf16Offsets[middle]! < utf16) low = middle + 1;
      else high = middle;
    }
    // `low` astral characters start before utf16. Inside a pair this still lands on the
    // code point of that pair's character: (utf16 - 1) - (low - 1).
    return utf16 - low;
  }

  /** True when `utf16` falls between the two halves of a surrogate pair. */
  splitsSurrogatePair(utf16: number): boolean {
    return (
      utf16 > 0 &&
      utf16 < this.utf16Length &&
      isHighSurrogate(this.text.charCodeAt(utf16 - 1)) &&
      isLowSurrogate(this.text.charCodeAt(utf16))
    );
  }

  /** The text between code-point offsets `start` and `end` (end exclusive). */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}

/** The text between code-point offsets `start` and `end` of `text` (end exclusive). */
export function sliceByCodePoints(text: string, start: number, end: number): string {
  return new CodePointIndex(text).slice(start, end);
}
