import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../text/normalizeText';
import { jsonlLines } from './jsonlLines';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

function linesOf(text: string): string[] {
  const bytes = encoder.encode(text);
  return jsonlLines(bytes).map(({ byteOffset, byteLength }) =>
    decoder.decode(bytes.subarray(byteOffset, byteOffset + byteLength)),
  );
}

describe('jsonlLines', () => {
  it.each([
    ['', ['']],
    ['a', ['a']],
    ['a\n', ['a', '']],
    ['a\r\nb\rc\nd', ['a', 'b', 'c', 'd']],
    ['a\r\r\nb', ['a', '', 'b']],
    ['\uFEFFa\nb', ['a', 'b']],
    ['é\n😀\r\n', ['é', '😀', '']],
  ])('splits %j as normalizeText + split would', (text, lines) => {
    expect(linesOf(text)).toEqual(lines);
  });

  it('numbers lines from 1 and gives byte offsets', () => {
    expect(jsonlLines(encoder.encode('é\r\nb'))).toEqual([
      { number: 1, byteOffset: 0, byteLength: 2 },
      { number: 2, byteOffset: 4, byteLength: 1 },
    ]);
  });

  it('agrees with normalizeText + split on any text (property, full Unicode)', () => {
    const pieces = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.constantFrom('\n', '\r', '\r\n', '\uFEFF'),
    );
    fc.assert(
      fc.property(
        fc.array(pieces).map((parts) => parts.join('')),
        (text) => {
          expect(linesOf(text)).toEqual(normalizeText(text).split('\n'));
        },
      ),
    );
  });
});
