import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canTokenizeFast, fastWordTokens } from './fastWordTokens';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The reference: Intl.Segmenter's word segments, whitespace dropped. */
function intlTokens(text: string) {
  const tokens: { text: string; start: number; end: number }[] = [];
  for (const { segment, index } of segmenter.segment(text)) {
    for (const match of segment.matchAll(/\S+/g)) {
      tokens.push({
        text: match[0],
        start: index + match.index,
        end: index + match.index + match[0].length,
      });
    }
  }
  return tokens;
}

const ALPHABET =
  'aZq09_.,;:\'"-!?()[]/\\@#$%&*+=<>`~^| \t\n\r' + 'éÉüßøÑžŁДжёЇ\u00a0\u2019\u2018·–—“”«»…×÷ªµº';

describe('fastWordTokens', () => {
  it.each([
    "Russia can't accept U.S. demands of 1,000.5 troops; e.g. ratio 3:2, a:b and snake_case_1.",
    '100,000 Russian troops moved... (to) "within" 5.5km',
    "x.y.z 1.2.3 a.1 1.a a..b 1,,2 _a_ a__1 :a: 'a' end.",
  ])('matches Intl.Segmenter on %j', (text) => {
    expect(fastWordTokens(text)).toEqual(intlTokens(text));
  });

  it('matches Intl.Segmenter on random covered text (property)', () => {
    const asciiText = fc
      .array(fc.constantFrom(...Array.from(ALPHABET)), { maxLength: 40 })
      .map((characters) => characters.join(''));
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(fastWordTokens(text)).toEqual(intlTokens(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('adds the offset and knows which text it covers', () => {
    expect(fastWordTokens('ab cd', 10)).toEqual([
      { text: 'ab', start: 10, end: 12 },
      { text: 'cd', start: 13, end: 15 },
    ]);
    expect(canTokenizeFast('Genève, Москва — «да»’s')).toBe(true);
    expect(canTokenizeFast('peace 🕊️')).toBe(false);
    expect(canTokenizeFast('e\u0301')).toBe(false);
  });
});
