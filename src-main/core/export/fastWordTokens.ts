import type { Token } from './segmentSentences';

/**
 * Word tokens exactly as Intl.Segmenter (UAX #29 word boundaries) gives them, without its
 * cost: V8 builds an object per segment, which made the segmenter most of a conll export.
 * It covers the characters of most news text — ASCII, Latin letters with diacritics, Cyrillic,
 * curly apostrophes, dashes and quotes — where only a few rules apply: letters, digits and "_"
 * join; "." and apostrophes join letters to letters and digits to digits; ":" and "·" join
 * letters; "," and ";" join digits; every other character stands alone. Text with anything
 * else (emoji, combining marks, other scripts) goes to Intl.Segmenter. A property test holds
 * it to Intl.Segmenter on random text. Offsets: UTF-16 code units from `offset`.
 */

const LETTER = 1;
const DIGIT = 2;
const CONNECTOR = 3; // "_", ExtendNumLet
const MID_LETTER = 4; // ":"
const MID_NUMBER_LETTER = 5; // "." and "'"
const MID_NUMBER = 6; // "," and ";"
const SPACE = 7;
const OTHER = 8;

const CLASSES = new Uint8Array(128).fill(OTHER);
for (let code = 0x41; code <= 0x5a; code++) CLASSES[code] = LETTER;
for (let code = 0x61; code <= 0x7a; code++) CLASSES[code] = LETTER;
for (let code = 0x30; code <= 0x39; code++) CLASSES[code] = DIGIT;
CLASSES[0x5f] = CONNECTOR;
CLASSES[0x3a] = MID_LETTER;
CLASSES[0x2e] = MID_NUMBER_LETTER;
CLASSES[0x27] = MID_NUMBER_LETTER;
CLASSES[0x2c] = MID_NUMBER;
CLASSES[0x3b] = MID_NUMBER;
for (const code of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]) CLASSES[code] = SPACE;

const UNSUPPORTED = 0;

/** The word-break class of a UTF-16 unit, or UNSUPPORTED outside the covered characters. */
function classOf(code: number): number {
  if (code < 0x80) return CLASSES[code]!;
  if (code === 0x00a0) return SPACE; // no-break space: its own segment, then dropped as whitespace
  if (code === 0x2019 || code === 0x2018) return MID_NUMBER_LETTER;
  if (code === 0x00b7) return MID_LETTER;
  if (code === 0x00aa || code === 0x00b5 || code === 0x00ba) return LETTER;
  if (code >= 0x00c0 && code <= 0x024f) return code === 0x00d7 || code === 0x00f7 ? OTHER : LETTER;
  if ((code >= 0x0400 && code <= 0x0481) || (code >= 0x048a && code <= 0x052f)) return LETTER;
  if (
    code === 0x2013 ||
    code === 0x2014 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x00ab ||
    code === 0x00bb ||
    code === 0x2026
  ) {
    return OTHER;
  }
  return UNSUPPORTED;
}

/** True when fastWordTokens covers every character of `text`. */
export function canTokenizeFast(text: string): boolean {
  for (let index = 0; index < text.length; index++)
    if (classOf(text.charCodeAt(index)) === UNSUPPORTED) return false;
  return true;
}

function isWordClass(kind: number): boolean {
  return kind === LETTER || kind === DIGIT || kind === CONNECTOR;
}

/** The non-whitespace word segments of `text` (see canTokenizeFast); `offset` is added to every position. */
export function fastWordTokens(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let index = 0;
  while (index < length) {
    const kind = classOf(text.charCodeAt(index));
    if (kind === SPACE) {
      index++;
      continue;
    }
    const start = index;
    index++;
    if (isWordClass(kind)) {
      while (index < length) {
        const next = classOf(text.charCodeAt(index));
        if (isWordClass(next)) {
          index++;
          continue;
        }
        const previous = classOf(text.charCodeAt(index - 1));
        const after = index + 1 < length ? classOf(text.charCodeAt(index + 1)) : OTHER;
        const joinsLetters =
          (next === MID_LETTER || next === MID_NUMBER_LETTER) &&
          previous === LETTER &&
          after === LETTER;
        const joinsDigits =
          (next === MID_NUMBER || next === MID_NUMBER_LETTER) &&
          previous === DIGIT &&
          after === DIGIT;
        if (!joinsLetters && !joinsDigits) break;
        index += 2;
      }
    }
    tokens.push({ text: text.slice(start, index), start: offset + start, end: offset + index });
  }
  return tokens;
}
