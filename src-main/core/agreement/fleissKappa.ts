import type { KappaFigure } from './agreementReport';

/**
 * Running sums for Fleiss' kappa (Fleiss 1971) with a fixed number of raters per item and
 * categories numbered 0, 1, 2, … Items carry a weight (code points for a run of text), so a run
 * of 40 identical code points is added once.
 */
export class FleissKappaTally {
  /** Σ over items of weight · Σ_c n_c(n_c − 1): ordered pairs of raters that agree. */
  private agreeingRaterPairs = 0;
  private totalWeight = 0;
  /** Σ over items of weight · n_c, indexed by category. */
  private categoryWeights: number[] = [];

  constructor(readonly raterCount: number) {}

  /** Adds one item (or `weight` identical items) given the category each rater chose. */
  addItem(categoryOfEachRater: readonly number[], weight = 1): void {
    if (categoryOfEachRater.length !== this.raterCount) {
      throw new RangeError(
        `expected ${this.raterCount} ratings, got ${categoryOfEachRater.length}`,
      );
    }
    let agreeingPairs = 0;
    for (let i = 0; i < categoryOfEachRater.length; i++) {
      const category = categoryOfEachRater[i]!;
      for (let j = i + 1; j < categoryOfEachRater.length; j++) {
        if (categoryOfEachRater[j] === category) agreeingPairs++;
      }
      while (this.categoryWeights.length <= category) this.categoryWeights.push(0);
      this.categoryWeights[category]! += weight;
    }
    this.agreeingRaterPairs += 2 * agreeingPairs * weight;
    this.totalWeight += weight;
  }

  addTally(other: FleissKappaTally): void {
    if (other.raterCount !== this.raterCount) throw new RangeError('rater counts differ');
    this.agreeingRaterPairs += other.agreeingRaterPairs;
    this.totalWeight += other.totalWeight;
    while (this.categoryWeights.length < other.categoryWeights.length) this.categoryWeights.push(0);
    other.categoryWeights.forEach(
      (weight, category) => (this.categoryWeights[category]! += weight),
    );
  }

  /**
   * κ = (P̄ − P̄_e) / (1 − P̄_e): P̄ = mean share of agreeing rater pairs per item, P̄_e = Σ_c p_c²
   * with p_c the share of all ratings in category c. `total` is the summed item weight. Null with
   * no items, fewer than two raters, or P̄_e = 1.
   */
  result(): KappaFigure {
    const raters = this.raterCount;
    const total = this.totalWeight;
    if (total === 0 || raters < 2) {
      return { total, observedAgreement: null, expectedAgreement: null, kappa: null };
    }
    const observed = this.agreeingRaterPairs / (total * raters * (raters - 1));
    let expected = 0;
    this.categoryWeights.forEach((weight) => (expected += (weight / (total * raters)) ** 2));
    return {
      total,
      observedAgreement: observed,
      expectedAgreement: expected,
      kappa: expected >= 1 ? null : (observed - expected) / (1 - expected),
    };
  }
}
