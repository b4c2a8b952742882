import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex, codePointLength, sliceByCodePoints } from './codePoints';

const fullUnicodeText = fc.string({ unit: 'grapheme', maxLength: 60 });

describe('CodePointIndex', () => {
  it('counts astral characters as one code point', () => {
    expect(codePointLength('a🕊️b')).toBe(4); // dove + variation selector
    expect(codePointLength('𝟓')).toBe(1);
    expect('𝟓'.length).toBe(2);
  });

  it('converts both ways around emoji and mathematical digits', () => {
    const text = 'Peace 🕊️ in 𝟓 days';
    const index = new CodePointIndex(text);
    expect(index.codePointLength).toBe([...text].length);
    const start = [...text].indexOf('𝟓');
    expect(index.slice(start, start + 1)).toBe('𝟓');
    expect(index.toCodePoint(index.toUtf16(start))).toBe(start);
    expect(sliceByCodePoints(text, 0, 5)).toBe('Peace');
  });

  it('rounds an offset inside a surrogate pair down to its character', () => {
    const index = new CodePointIndex('x😀y');
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.splitsSurrogatePair(2)).toBe(true);
    expect(index.splitsSurrogatePair(1)).toBe(false);
  });

  it('counts a lone surrogate as one code point', () => {
    const text = 'a\ud800b';
    expect(codePointLength(text)).toBe(3);
    expect(new CodePointIndex(text).slice(1, 2)).toBe('\ud800');
  });

  it('rejects offsets out of range', () => {
    const index = new CodePointIndex('ab');
    expect(() => index.toUtf16(3)).toThrow(RangeError);
    expect(() => index.toUtf16(-1)).toThrow(RangeError);
    expect(() => index.toCodePoint(1.5)).toThrow(RangeError);
  });

  it('agrees with Array.from on full Unicode strings (property)', () => {
    fc.assert(
      fc.property(fullUnicodeText, fc.nat(), fc.nat(), (text, a, b) => {
        const codePoints = Array.from(text);
        const index = new CodePointIndex(text);
        expect(index.codePointLength).toBe(codePoints.length);
        const start = Math.min(a, b) % (codePoints.length + 1);
        const end = Math.max(start, Math.max(a, b) % (codePoints.length + 1));
        expect(index.slice(start, end)).toBe(codePoints.slice(start, end).join(''));
        for (let cp = 0; cp <= codePoints.length; cp++) {
          expect(index.toCodePoint(index.toUtf16(cp))).toBe(cp);
        }
      }),
    );
  });

  it('agrees with Array.from on any UTF-16, lone and reversed surrogates included (property)', () => {
    // Mostly surrogates and a few letters, so pairs, lone halves and reversed pairs all occur.
    const unit = fc.oneof(
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.constantFrom(0x61, 0xe9, 0x41f),
    );
    const anyUtf16 = fc
      .array(unit, { maxLength: 40 })
      .map((units) => String.fromCharCode(...units));
    fc.assert(
      fc.property(anyUtf16, (text) => {
        const codePoints = Array.from(text);
        const index = new CodePointIndex(text);
        expect(codePointLength(text)).toBe(codePoints.length);
        expect(index.codePointLength).toBe(codePoints.length);
        let utf16 = 0;
        codePoints.forEach((character, codePoint) => {
          expect(index.toUtf16(codePoint)).toBe(utf16);
          utf16 += character.length;
        });
        expect(index.toUtf16(codePoints.length)).toBe(text.length);
      }),
    );
  });
});
