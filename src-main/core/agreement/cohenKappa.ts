import type { AgreementCells } from './agreementTable';
import type { KappaFigure } from './agreementReport';

/**
 * Cohen's kappa (Cohen 1960) of a two-rater table: κ = (p_o − p_e) / (1 − p_e), with p_o the
 * share of weight on the diagonal and p_e = Σ_c p_first(c)·p_second(c). `total` is the table's
 * weight (code points or span pairs). Null when the table is empty or p_e = 1 (one shared category).
 */
export function cohenKappa<Category>(table: AgreementCells<Category>): KappaFigure {
  let total = 0;
  let agreeing = 0;
  const firstTotals = new Map<Category, number>();
  const secondTotals = new Map<Category, number>();
  for (const { first, second, weight } of table.cells()) {
    total += weight;
    if (first === second) agreeing += weight;
    firstTotals.set(first, (firstTotals.get(first) ?? 0) + weight);
    secondTotals.set(second, (secondTotals.get(second) ?? 0) + weight);
  }
  const categories = [...firstTotals.keys()];
  return cohenKappaFromMarginals(
    total,
    agreeing,
    categories.map((category) => firstTotals.get(category)!),
    categories.map((category) => secondTotals.get(category) ?? 0),
  );
}

/**
 * Cohen's kappa from raw weights: `agreeing` of `total` lies on the diagonal, and
 * firstTotals[c] / secondTotals[c] are each rater's weight in category c (same category order;
 * categories only one rater used may be left out, they add nothing to p_e).
 */
export function cohenKappaFromMarginals(
  total: number,
  agreeing: number,
  firstTotals: readonly number[],
  secondTotals: readonly number[],
): KappaFigure {
  if (total === 0) {
    return { total, observedAgreement: null, expectedAgreement: null, kappa: null };
  }
  let expected = 0;
  firstTotals.forEach((firstWeight, category) => {
    expected += (firstWeight / total) * ((secondTotals[category] ?? 0) / total);
  });
  const observed = agreeing / total;
  return {
    total,
    observedAgreement: observed,
    expectedAgreement: expected,
    kappa: expected >= 1 ? null : (observed - expected) / (1 - expected),
  };
}
