import { describe, expect, it } from 'vitest';
import { formatCount } from './formatCount';

describe('formatCount', () => {
  it('groups digits as the locale does, like toLocaleString', () => {
    for (const count of [0, 7, 999, 1_000, 12_345, 1_048_576]) {
      expect(formatCount(count)).toBe(count.toLocaleString());
    }
  });
});
