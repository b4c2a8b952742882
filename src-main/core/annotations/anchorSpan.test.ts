import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex } from '../text/codePoints';
import { anchorSpan } from './anchorSpan';
import { spanTextAndContext } from './spanContext';

function stored(text: string, start: number, end: number) {
  return { start, end, ...spanTextAndContext(new CodePointIndex(text), start, end) };
}

describe('anchorSpan', () => {
  const original = 'NATO must stop. Russia said NATO must stop expanding. 🕊️ NATO must stop.';

  it('keeps a span whose text and context are where its offsets say', () => {
    const span = stored(original, 28, 42);
    expect(anchorSpan(new CodePointIndex(original), span)).toEqual({
      status: 'exact',
      start: 28,
      end: 42,
      occurrences: 1,
    });
  });

  it('moves a span by its context when text was inserted before it', () => {
    const span = stored(original, 28, 42);
    const edited = `Breaking 🕊️: ${original}`;
    const result = anchorSpan(new CodePointIndex(edited), span);
    expect(result.status).toBe('moved');
    expect(Array.from(edited).slice(result.start, result.end).join('')).toBe('NATO must stop');
    expect(result.start).toBe(28 + Array.from('Breaking 🕊️: ').length);
  });

  it('moves a span whose text is unique even when its context changed', () => {
    const span = stored(original, 16, 22); // "Russia"
    const result = anchorSpan(new CodePointIndex('Totally different. Russia!'), span);
    expect(result).toMatchObject({ status: 'moved', start: 19, end: 25 });
  });

  it('flags an ambiguous span with a suggestion instead of guessing', () => {
    const span = stored(original, 28, 42);
    const shuffled = 'NATO must stop. NATO must stop. NATO must stop.';
    const result = anchorSpan(new CodePointIndex(shuffled), span);
    expect(result.status).toBe('ambiguous');
    expect(result.occurrences).toBe(3);
    expect(result.start).toBeUndefined();
    expect(result.suggestion).toBeDefined();
  });

  it('reports a missing span', () => {
    expect(anchorSpan(new CodePointIndex('nothing here'), stored(original, 0, 4))).toEqual({
      status: 'missing',
      occurrences: 0,
    });
  });

  it('never places a span where its text is not (property, full Unicode)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        fc.nat(),
        fc.nat(),
        (text, insertion, a, b) => {
          const length = Array.from(text).length;
          const start = a % length;
          const end = start + 1 + (b % (length - start));
          const span = stored(text, start, end);
          const edited = insertion + text;
          const result = anchorSpan(new CodePointIndex(edited), span);
          if (result.status === 'exact' || result.status === 'moved') {
            expect(Array.from(edited).slice(result.start, result.end).join('')).toBe(span.text);
          } else {
            expect(result.start).toBeUndefined();
          }
        },
      ),
    );
  });
});
