import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortNumbers } from './sortNumbers';

describe('sortNumbers', () => {
  it('sorts like a numeric comparator sort, nearly sorted or not', () => {
    const numbers = fc.array(fc.double({ noNaN: true, min: -1e9, max: 1e9 }), { maxLength: 300 });
    fc.assert(
      fc.property(numbers, fc.boolean(), (values, presort) => {
        if (presort) values.sort((a, b) => a - b).reverse(); // worst case for insertion sort
        const expected = [...values].sort((a, b) => a - b);
        const input = [...values];
        expect(sortNumbers(input)).toBe(input);
        expect(input).toEqual(expected);
      }),
    );
  });

  it('handles long reversed input (the budgeted fallback)', () => {
    const values = Array.from({ length: 5000 }, (_, index) => 5000 - index);
    expect(sortNumbers(values)).toEqual(Array.from({ length: 5000 }, (_, index) => index + 1));
  });
});
