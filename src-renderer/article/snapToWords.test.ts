import { describe, expect, it } from 'vitest';
import { snapToWords, trimWhitespace } from './snapToWords';

function snapped(text: string, selected: string, from = 0): string | undefined {
  const start = text.indexOf(selected, from);
  const range = snapToWords(text, { start, end: start + selected.length });
  return range && text.slice(range.start, range.end);
}

describe('snapToWords', () => {
  const text = 'Iran rejected a demand by European negotiators to restore monitoring.';

  it.each([
    ['jected a dem', 'rejected a demand'],
    ['rejected', 'rejected'],
    [' rejected a ', 'rejected a'],
    ['n rej', 'Iran rejected'],
    ['monitoring.', 'monitoring.'],
    ['toring', 'monitoring'],
    ['g.', 'monitoring.'],
  ])('widens %j to whole words: %j', (selected, expected) => {
    expect(snapped(text, selected)).toBe(expected);
  });

  it('refuses a selection of whitespace only', () => {
    expect(snapToWords('a   b', { start: 1, end: 4 })).toBeUndefined();
  });

  it('keeps astral characters whole and never splits a surrogate pair', () => {
    const astral = 'Tag 𝟓𝟓 units and 🕊️ peace';
    expect(snapped(astral, 'nits and')).toBe('units and');
    const dove = astral.indexOf('🕊️');
    const range = snapToWords(astral, { start: dove, end: dove + 1 });
    expect(range && astral.slice(range.start, range.end)).toMatch(/^🕊/u);
    expect(range!.end).toBeGreaterThanOrEqual(dove + 2);
  });

  it('snaps words in scripts without spaces by the locale word rules', () => {
    const japanese = '日本政府は要求を拒否した';
    const range = snapToWords(japanese, { start: 6, end: 7 });
    expect(range).toBeDefined();
    expect(range!.start).toBeLessThanOrEqual(6);
    expect(range!.end).toBeGreaterThanOrEqual(7);
  });
});

describe('trimWhitespace', () => {
  it('drops spaces and line breaks at the edges only', () => {
    expect(trimWhitespace(' a b\n', { start: 0, end: 5 })).toEqual({ start: 1, end: 4 });
    expect(trimWhitespace(' \n ', { start: 0, end: 3 })).toBeUndefined();
  });
});
