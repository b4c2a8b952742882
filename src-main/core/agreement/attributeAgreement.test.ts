import { describe, expect, it } from 'vitest';
import {
  addAttributeTally,
  attributeAgreement,
  attributeValuesOf,
  tallyAttribute,
  tallyAttributes,
  tallyAttributeValues,
  type SpanWithAttributes,
} from './attributeAgreement';

const pairs = (count: number) =>
  Array.from({ length: count }, (_, index) => ({
    firstIndex: index,
    secondIndex: index,
    overlap: 1,
  }));

describe('attribute agreement', () => {
  it('compares choice values over matched pairs and counts missing values apart', () => {
    // Six matched pairs of "intensity":
    //   1 high/high  2 high/high  3 low/low  4 low/high  5 high/–  6 –/–
    // compared = 4 (pairs 1–4), agreeing = 3 → 0.75; missing on second 1, on both 1.
    // Kappa over the 4 compared: first high 2, low 2; second high 3, low 1.
    // p_o = 0.75, p_e = (2·3 + 2·1)/16 = 0.5, κ = 0.25/0.5 = 0.5
    const value = (intensity?: string): SpanWithAttributes => ({
      attributes: intensity === undefined ? {} : { intensity },
    });
    const first = ['high', 'high', 'low', 'low', 'high', undefined].map(value);
    const second = ['high', 'high', 'low', 'high', undefined, undefined].map(value);
    const tally = tallyAttribute('intensity', first, second, pairs(6));
    const result = attributeAgreement({ id: 'intensity', type: 'choice' }, tally);
    expect(result).toMatchObject({
      attribute: 'intensity',
      matchedPairs: 6,
      comparedPairs: 4,
      agreeingPairs: 3,
      missingOnFirst: 0,
      missingOnSecond: 1,
      missingOnBoth: 1,
      observedAgreement: 0.75,
    });
    expect(result.kappa?.expectedAgreement).toBeCloseTo(0.5, 12);
    expect(result.kappa?.kappa).toBeCloseTo(0.5, 12);

    addAttributeTally(tally, tally);
    const doubled = attributeAgreement({ id: 'intensity', type: 'choice' }, tally);
    expect(doubled.comparedPairs).toBe(8);
    expect(doubled.kappa?.kappa).toBeCloseTo(0.5, 12);
  });

  it('keeps boolean true apart from the string "true", and gives text no kappa', () => {
    const first = [{ attributes: { hedged: true } }, { attributes: { hedged: 'true' } }];
    const second = [{ attributes: { hedged: 'true' } }, { attributes: { hedged: 'true' } }];
    const booleans = attributeAgreement(
      { id: 'hedged', type: 'boolean' },
      tallyAttribute('hedged', first, second, pairs(2)),
    );
    expect(booleans.agreeingPairs).toBe(1);
    expect(booleans.kappa?.kappa).toBe(0); // p_o = 0.5, p_e = 0.5
    const text = attributeAgreement(
      { id: 'hedged', type: 'text' },
      tallyAttribute('hedged', first, second, pairs(2)),
    );
    expect(text.observedAgreement).toBe(0.5);
    expect(text.kappa).toBeNull();
  });

  it('has no agreement figure without compared pairs', () => {
    const result = attributeAgreement(
      { id: 'target', type: 'text' },
      tallyAttribute('target', [{}], [{ attributes: { target: 'x' } }], pairs(1)),
    );
    expect(result).toMatchObject({ comparedPairs: 0, missingOnFirst: 1, observedAgreement: null });
  });
});

describe('attribute values read once per span', () => {
  it('keeps each span’s own values of the defined attributes, flat, span by span', () => {
    const inherited = Object.create({ target: 'inherited' }) as Record<string, string>;
    inherited.source = 'own';
    const values = attributeValuesOf(
      [{ attributes: { target: 'x', unknown: 'y', hedged: false } }, {}, { attributes: inherited }],
      new Map([
        ['hedged', 0],
        ['target', 1],
        ['source', 2],
      ]),
    );
    expect(values).toEqual([
      false,
      'x',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      'own',
    ]);
  });

  it('tallies partners as tallyAttributes tallies the same pairs', () => {
    const first: SpanWithAttributes[] = [
      { attributes: { target: 'x', hedged: true } },
      { attributes: { target: 'y' } },
      {},
      { attributes: { hedged: 'true' } },
    ];
    const second: SpanWithAttributes[] = [
      { attributes: { hedged: true } },
      { attributes: { target: 'y', hedged: false } },
      { attributes: { target: 'x' } },
    ];
    const ids = ['target', 'hedged'];
    const partners = [2, -1, 1, 0];
    const matches = [
      { firstIndex: 0, secondIndex: 2, overlap: 1 },
      { firstIndex: 2, secondIndex: 1, overlap: 1 },
      { firstIndex: 3, secondIndex: 0, overlap: 1 },
    ];
    const indexById = new Map(ids.map((id, index) => [id, index]));
    expect(
      tallyAttributeValues(
        ids.length,
        attributeValuesOf(first, indexById),
        attributeValuesOf(second, indexById),
        partners,
      ),
    ).toEqual(tallyAttributes(ids, first, second, matches));
  });
});
