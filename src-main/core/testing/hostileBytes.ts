import type { SeededRandom } from './seededRandom';

/** Byte sequences that are not UTF-8: a stray continuation byte, 0xFF, an overlong "/", a
 * UTF-8-encoded surrogate, a sequence cut short, and a code point past U+10FFFF. */
export const INVALID_UTF8_SEQUENCES: readonly (readonly number[])[] = [
  [0x80],
  [0xff],
  [0xc0, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf4, 0x90, 0x80, 0x80],
];

export const UTF8_BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;

export function encodeUtf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** `bytes` with `inserted` spliced in at byte `offset`. */
export function insertBytes(
  bytes: Uint8Array,
  offset: number,
  inserted: readonly number[],
): Uint8Array {
  const result = new Uint8Array(bytes.length + inserted.length);
  result.set(bytes.subarray(0, offset), 0);
  result.set(inserted, offset);
  result.set(bytes.subarray(offset), offset + inserted.length);
  return result;
}

/** A byte offset in `bytes` that does not split a UTF-8 character. */
export function characterBoundary(random: SeededRandom, bytes: Uint8Array): number {
  let offset = random.below(bytes.length + 1);
  while (offset < bytes.length && (bytes[offset]! & 0xc0) === 0x80) offset++;
  return offset;
}

/** `length` random bytes: mostly not UTF-8, sometimes by chance it is. */
export function randomBytes(random: SeededRandom, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.below(256));
}

/** `text` as UTF-16LE with its byte-order mark, as Windows tools sometimes save it. */
export function encodeUtf16LittleEndian(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    bytes[2 + i * 2] = unit & 0xff;
    bytes[3 + i * 2] = unit >> 8;
  }
  return bytes;
}
