import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementTable } from './agreementTable';
import { cohenKappa } from './cohenKappa';

function tableOf(cells: [string, string, number][]): AgreementTable<string> {
  const table = new AgreementTable<string>();
  for (const [first, second, weight] of cells) table.add(first, second, weight);
  return table;
}

describe('cohenKappa', () => {
  it('matches the Wikipedia example (50 proposals, yes/no)', () => {
    // p_o = (20 + 15)/50 = 0.7; A says yes 25/50, B says yes 30/50:
    // p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5)/(1 − 0.5) = 0.4
    const figure = cohenKappa(
      tableOf([
        ['yes', 'yes', 20],
        ['yes', 'no', 5],
        ['no', 'yes', 10],
        ['no', 'no', 15],
      ]),
    );
    expect(figure.total).toBe(50);
    expect(figure.observedAgreement).toBeCloseTo(0.7, 12);
    expect(figure.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(figure.kappa).toBeCloseTo(0.4, 12);
  });

  it('matches Cohen (1960), p. 45: p_o 0.70, p_e 0.41, κ 0.492', () => {
    // 200 items, 3 categories; rows 120/60/20, columns 100/60/40:
    // p_e = (120·100 + 60·60 + 20·40)/200² = 16400/40000 = 0.41; κ = 0.29/0.59 = 0.4915
    const figure = cohenKappa(
      tableOf([
        ['1', '1', 88],
        ['1', '2', 14],
        ['1', '3', 18],
        ['2', '1', 10],
        ['2', '2', 40],
        ['2', '3', 10],
        ['3', '1', 2],
        ['3', '2', 6],
        ['3', '3', 12],
      ]),
    );
    expect(figure.observedAgreement).toBeCloseTo(0.7, 12);
    expect(figure.expectedAgreement).toBeCloseTo(0.41, 12);
    expect(figure.kappa).toBeCloseTo(0.29 / 0.59, 12);
    expect(figure.kappa).toBeCloseTo(0.492, 3);
  });

  it('is 1 for perfect agreement and −1 for perfectly crossed binary ratings', () => {
    expect(
      cohenKappa(
        tableOf([
          ['a', 'a', 3],
          ['b', 'b', 7],
        ]),
      ).kappa,
    ).toBe(1);
    // p_o = 0, p_e = 0.5·0.5 + 0.5·0.5 = 0.5 → κ = −0.5/0.5 = −1
    expect(
      cohenKappa(
        tableOf([
          ['a', 'b', 5],
          ['b', 'a', 5],
        ]),
      ).kappa,
    ).toBe(-1);
  });

  it('is null when undefined: empty table, or one category for both raters', () => {
    expect(cohenKappa(new AgreementTable<string>())).toEqual({
      total: 0,
      observedAgreement: null,
      expectedAgreement: null,
      kappa: null,
    });
    // Both raters say "none" everywhere: p_o = 1 but p_e = 1 → 0/0.
    const constant = cohenKappa(tableOf([['none', 'none', 12]]));
    expect(constant.observedAgreement).toBe(1);
    expect(constant.kappa).toBeNull();
  });

  it('is 1 against itself whenever there is variation, and always within [−1, 1]', () => {
    const ratings = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('a', 'b')), {
      minLength: 1,
      maxLength: 40,
    });
    fc.assert(
      fc.property(ratings, (pairs) => {
        const self = new AgreementTable<string>();
        const other = new AgreementTable<string>();
        for (const [first, second] of pairs) {
          self.add(first, first);
          other.add(first, second);
        }
        const varied = new Set(pairs.map(([first]) => first)).size > 1;
        expect(cohenKappa(self).kappa).toBe(varied ? 1 : null);
        const kappa = cohenKappa(other).kappa;
        if (kappa !== null) {
          expect(kappa).toBeGreaterThanOrEqual(-1 - 1e-12);
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});
