import { describe, expect, it } from 'vitest';
import { FleissKappaTally } from './fleissKappa';

/** Rater-by-rater categories from a row of per-category counts. */
function ratingsFromCounts(counts: readonly number[]): number[] {
  return counts.flatMap((count, category) => new Array<number>(count).fill(category));
}

describe('FleissKappaTally', () => {
  it('matches the Wikipedia example: 10 subjects, 14 raters, 5 categories, κ = 0.210', () => {
    const rows = [
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ];
    const tally = new FleissKappaTally(14);
    for (const row of rows) tally.addItem(ratingsFromCounts(row));
    // P̄ = 3.780/10 = 0.378; p = 0.143, 0.200, 0.279, 0.150, 0.229 → P̄_e = 0.213;
    // κ = (0.378 − 0.213)/(1 − 0.213) = 0.210
    const figure = tally.result();
    expect(figure.total).toBe(10);
    expect(figure.observedAgreement).toBeCloseTo(0.378, 3);
    expect(figure.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(figure.kappa).toBeCloseTo(0.21, 3);
  });

  it('matches Fleiss (1971), p. 379: 30 subjects, 6 raters, κ = 0.430', () => {
    // Data as in DKPro Agreement's Fleiss1971Test; P̄ = 0.5556, P̄_e = 0.2201.
    const items = [
      [4, 4, 4, 4, 4, 4],
      [2, 2, 2, 5, 5, 5],
      [2, 3, 3, 3, 3, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 2, 2, 4, 4, 4],
      [1, 1, 3, 3, 3, 3],
      [3, 3, 3, 3, 5, 5],
      [1, 1, 3, 3, 3, 4],
      [1, 1, 4, 4, 4, 4],
      [5, 5, 5, 5, 5, 5],
      [1, 4, 4, 4, 4, 4],
      [1, 2, 4, 4, 4, 4],
      [2, 2, 2, 3, 3, 3],
      [1, 4, 4, 4, 4, 4],
      [2, 2, 4, 4, 4, 5],
      [3, 3, 3, 3, 3, 5],
      [1, 1, 1, 4, 5, 5],
      [1, 1, 1, 1, 1, 2],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 5, 5, 5],
      [5, 5, 5, 5, 5, 5],
      [2, 4, 4, 4, 4, 4],
      [2, 2, 4, 5, 5, 5],
      [1, 1, 4, 4, 4, 4],
      [1, 4, 4, 4, 4, 5],
      [2, 2, 2, 2, 2, 4],
      [1, 1, 1, 1, 5, 5],
      [2, 2, 4, 4, 4, 4],
      [1, 3, 3, 3, 3, 3],
      [5, 5, 5, 5, 5, 5],
    ];
    const tally = new FleissKappaTally(6);
    for (const item of items) tally.addItem(item);
    const figure = tally.result();
    expect(figure.observedAgreement).toBeCloseTo(0.5556, 3);
    expect(figure.expectedAgreement).toBeCloseTo(0.2201, 3);
    expect(figure.kappa).toBeCloseTo(0.43, 3);
  });

  it('weights an item like that many identical items, and merges tallies', () => {
    const weighted = new FleissKappaTally(3);
    weighted.addItem([0, 0, 1], 4);
    weighted.addItem([1, 1, 1], 2);
    const repeated = new FleissKappaTally(3);
    for (let i = 0; i < 4; i++) repeated.addItem([0, 0, 1]);
    const rest = new FleissKappaTally(3);
    rest.addItem([1, 1, 1]);
    rest.addItem([1, 1, 1]);
    repeated.addTally(rest);
    // Categories a = 0, b = 1. By hand: P_i = 2/6 for the four mixed items, 1 for the two unanimous: P̄ = (4/3 + 2)/6 = 5/9.
    // p_a = 8/18, p_b = 10/18: P̄_e = (64 + 100)/324 = 41/81. κ = (5/9 − 41/81)/(40/81) = 0.1
    expect(weighted.result().kappa).toBeCloseTo(0.1, 12);
    expect(repeated.result()).toEqual(weighted.result());
  });

  it('is 1 for unanimous varied ratings, null when everyone always agrees on one category', () => {
    const unanimous = new FleissKappaTally(3);
    unanimous.addItem([0, 0, 0], 5);
    unanimous.addItem([1, 1, 1], 2);
    expect(unanimous.result().kappa).toBe(1);
    const single = new FleissKappaTally(3);
    single.addItem([0, 0, 0], 5);
    expect(single.result().kappa).toBeNull();
    expect(new FleissKappaTally(3).result().kappa).toBeNull();
  });

  it('rejects an item with the wrong number of ratings', () => {
    expect(() => new FleissKappaTally(3).addItem([1, 2])).toThrow(RangeError);
  });
});
