import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  krippendorffUnitizingAlpha,
  mergeOverlappingUnits,
  pooledUnitizingAlpha,
  tallyUnitizing,
  tallyUnitizingByLabel,
  type LabelledUnit,
  type Unit,
  type UnitizingContinuum,
} from './krippendorffUnitizingAlpha';

const units = (...pairs: [number, number][]): Unit[] =>
  pairs.map(([start, end]) => ({ start, end }));

/**
 * Krippendorff (2004), Content Analysis 2nd ed., p. 254: two observers, continuum 150..450
 * (shifted here to 0..300), categories c and k. Published values via DKPro Agreement's
 * Krippendorff2004Test (dkpro/dkpro-statistics): c: D_o 0.0144, D_e 0.0532, α 0.7286;
 * k: D_o 0, D_e 0.0490, α 1; all categories: α 0.8591 (±0.0005).
 */
const krippendorff2004 = {
  c: [units([75, 145], [220, 250]), units([70, 150], [205, 225], [250, 270])],
  k: [units([30, 90], [150, 200]), units([30, 90], [150, 200])],
};

describe('krippendorffUnitizingAlpha, Krippendorff (2004) worked example', () => {
  it('matches category c', () => {
    // D_o: overlapping segment pairs with non-zero δ²
    //   [75,145) vs [70,150): 5² + 5² = 50; [220,250) vs [205,225): 15² + 25² = 850;
    //   observer 2's [250,270) lies inside observer 1's gap [250,300): 20² = 400.
    //   D_o = 2·1300 / (2·1·300²) = 0.014444
    // D_e: units l = 70, 30, 80, 20, 20 (N = 5); gaps 75, 75, 50 | 70, 55, 25, 30.
    //   l=70: 4·(2·70³ − 3·70² + 70)/3 = 895160, + 70²·(6+6+1) = 63700      → 958860
    //   l=30: 68440 + 30²·(46+46+21+41+26+1 = 181) = 68440 + 162900          → 231340
    //   l=80: 1339840 + 0 (no gap ≥ 80)                                       → 1339840
    //   l=20: 19760 + 20²·247 = 118560, twice                                 → 237120
    //   Σ = 2767160; denominator 600·599 − (4830 + 870 + 6320 + 380 + 380) = 346620
    //   D_e = (2/300)·2767160/346620 = 0.053222;  α = 1 − 0.014444/0.053222 = 0.7286
    const figure = krippendorffUnitizingAlpha(
      [{ length: 300, unitsByAnnotator: krippendorff2004.c }],
      2,
    );
    expect(figure.observedDisagreement).toBeCloseTo(2600 / 180000, 10);
    expect(figure.expectedDisagreement).toBeCloseTo((2 / 300) * (2767160 / 346620), 10);
    expect(figure.observedDisagreement).toBeCloseTo(0.0144, 4);
    expect(figure.expectedDisagreement).toBeCloseTo(0.0532, 4);
    expect(figure.alpha).toBeCloseTo(0.7286, 4);
  });

  it('matches category k (identical units) and the pooled value', () => {
    const k = krippendorffUnitizingAlpha(
      [{ length: 300, unitsByAnnotator: krippendorff2004.k }],
      2,
    );
    expect(k.observedDisagreement).toBe(0);
    expect(k.expectedDisagreement).toBeCloseTo(0.049, 4);
    expect(k.alpha).toBe(1);
    const c = krippendorffUnitizingAlpha(
      [{ length: 300, unitsByAnnotator: krippendorff2004.c }],
      2,
    );
    const pooled = pooledUnitizingAlpha([c, k]);
    expect(Math.abs(pooled.alpha! - 0.8591)).toBeLessThan(0.0005);
  });
});

/**
 * Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
 * Methodology 25, p. 57: four pairs of observers on 24 positions. Observed disagreements are exact
 * (DKPro's Krippendorff1995Test); α values are the paper's, which D_e approaches as the continuum
 * is stretched (DKPro checks them within 0.02 at large stretch; so do we).
 */
function krippendorff1995(stretch: number): Record<'A' | 'B' | 'C' | 'D', Unit[][]> {
  const s = (start: number, length: number): [number, number] => [
    start * stretch,
    (start + length) * stretch,
  ];
  return {
    A: [units(s(2, 8), s(14, 6)), units(s(4, 4), s(15, 2))],
    // Jill's units touch without overlapping: they stay separate units.
    B: [units(s(0, 18)), units(s(0, 2), s(2, 1), s(3, 1), s(4, 1), s(5, 1), s(6, 3), s(9, 1))],
    C: [
      units(s(2, 6), s(10, 2), s(14, 4), s(20, 2)),
      units(s(0, 2), s(4, 4), s(10, 4), s(16, 2), s(20, 2)),
    ],
    D: [
      units(s(0, 2), s(2, 8), s(10, 4), s(14, 6), s(20, 4)),
      units(s(0, 4), s(4, 4), s(8, 7), s(15, 2), s(17, 7)),
    ],
  };
}

describe('krippendorffUnitizingAlpha, Krippendorff (1995) example', () => {
  it('reproduces the observed disagreements', () => {
    const example = krippendorff1995(1);
    const observed = (category: keyof typeof example) =>
      krippendorffUnitizingAlpha([{ length: 24, unitsByAnnotator: example[category] }], 2)
        .observedDisagreement;
    // B by hand: John's [0,18) against Jill's seven units: starts differ by 0..9, ends by 16..8:
    // 256 + 229 + 205 + 185 + 169 + 117 + 145 = 1306; D_o = 2·1306 / (2·24²) = 2.26736.
    expect(observed('A')).toBeCloseTo(0.03125, 5);
    expect(observed('B')).toBeCloseTo(1306 / 576, 10);
    expect(Math.abs(observed('C')! - 0.02777)).toBeLessThan(0.00001);
    expect(observed('D')).toBeCloseTo(0.38715, 5);
  });

  it('approaches the published alphas on a finely divided continuum', () => {
    const stretch = 1000;
    const example = krippendorff1995(stretch);
    const alpha = (category: keyof typeof example) =>
      krippendorffUnitizingAlpha([{ length: 24 * stretch, unitsByAnnotator: example[category] }], 2)
        .alpha!;
    expect(Math.abs(alpha('A') - 0.553)).toBeLessThan(0.02);
    expect(Math.abs(alpha('B') - -0.926)).toBeLessThan(0.02);
    expect(Math.abs(alpha('C') - 0.679)).toBeLessThan(0.02);
    expect(Math.abs(alpha('D') - 0.066)).toBeLessThan(0.02);
  });
});

describe('krippendorffUnitizingAlpha, edge cases', () => {
  it('is null when nobody marked a unit, and 0-length continua count for nothing', () => {
    const figure = krippendorffUnitizingAlpha([{ length: 10, unitsByAnnotator: [[], []] }], 2);
    expect(figure).toEqual({ observedDisagreement: 0, expectedDisagreement: 0, alpha: null });
    expect(krippendorffUnitizingAlpha([{ length: 0, unitsByAnnotator: [[], []] }], 2).alpha).toBe(
      null,
    );
    expect(krippendorffUnitizingAlpha([], 2).alpha).toBe(null);
  });

  it('needs two annotators', () => {
    expect(
      krippendorffUnitizingAlpha([{ length: 5, unitsByAnnotator: [units([0, 2])] }], 1),
    ).toEqual({ observedDisagreement: null, expectedDisagreement: null, alpha: null });
  });

  it('handles one annotator who tagged nothing (hand computation)', () => {
    // L = 10, A: unit [2,5), B: nothing. A's unit lies inside B's gap [0,10): D_o = 2·3²/(2·100)
    // = 0.09. D_e: N = 1, l = 3; gaps are 2, 5 (A) and 10 (B), of which 5 and 10 are ≥ 3:
    // (N−1)·… = 0, + 3²·[(5−3+1) + (10−3+1)] = 9·11 = 99. Denominator 20·19 − 3·2 = 374.
    // D_e = (2/10)·99/374 = 0.052941; α = 1 − 0.09/0.052941 = −0.7.
    const figure = krippendorffUnitizingAlpha(
      [{ length: 10, unitsByAnnotator: [units([2, 5]), []] }],
      2,
    );
    expect(figure.observedDisagreement).toBeCloseTo(0.09, 12);
    expect(figure.expectedDisagreement).toBeCloseTo((0.2 * 99) / 374, 12);
    expect(figure.alpha).toBeCloseTo(1 - 0.09 / ((0.2 * 99) / 374), 12);
    expect(figure.alpha).toBeCloseTo(-0.7, 12);
  });

  it('merges one annotator’s overlapping units but keeps touching ones apart', () => {
    expect(mergeOverlappingUnits(units([5, 9], [0, 3], [2, 4], [4, 5], [7, 7]))).toEqual(
      units([0, 4], [4, 5], [5, 9]),
    );
    const overlapping = krippendorffUnitizingAlpha(
      [{ length: 20, unitsByAnnotator: [units([2, 6], [4, 9]), units([2, 9])] }],
      2,
    );
    expect(overlapping.observedDisagreement).toBe(0);
    expect(overlapping.alpha).toBe(1);
  });

  it('lays several documents end to end without letting gaps cross a boundary', () => {
    // Two documents of 5: A marks [0,5) in the first, B marks [0,5) in the second. As one
    // continuum of 10 both units would be 5 long in gaps of 10; cut at the boundary, each unit
    // lies wholly inside the other annotator's gap of exactly 5.
    // D_o = 2·(25 + 25) / (2·10²) = 0.5. D_e: N = 2, l = 5 each:
    //   (N−1)(2·125 − 75 + 5)/3 = 60, + 25·(gaps ≥ 5: two gaps of 5 → 1 + 1) = 50 → 110 per unit
    //   numerator 220; denominator 20·19 − 2·20 = 340; D_e = 0.2·220/340 = 0.129412.
    const continua: UnitizingContinuum[] = [
      { length: 5, unitsByAnnotator: [units([0, 5]), []] },
      { length: 5, unitsByAnnotator: [[], units([0, 5])] },
    ];
    const figure = krippendorffUnitizingAlpha(continua, 2);
    expect(figure.observedDisagreement).toBeCloseTo(0.5, 12);
    expect(figure.expectedDisagreement).toBeCloseTo((0.2 * 220) / 340, 12);
  });
});

/** The formula taken literally: every pair of segments, every unit against every gap. */
function naiveAlpha(length: number, unitsByAnnotator: Unit[][]): number | null {
  return naivePooledAlpha([{ length, unitsByAnnotator }]);
}

/** naiveAlpha over continua laid end to end, gaps cut at their boundaries. */
function naivePooledAlpha(continua: readonly UnitizingContinuum[]): number | null {
  const m = continua[0]!.unitsByAnnotator.length;
  let sum = 0;
  let length = 0;
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  for (const continuum of continua) {
    const segmentsOf = (own: readonly Unit[]) => {
      const segments: { start: number; end: number; isUnit: boolean }[] = [];
      let cursor = 0;
      for (const unit of mergeOverlappingUnits(own)) {
        if (unit.start > cursor) segments.push({ start: cursor, end: unit.start, isUnit: false });
        segments.push({ ...unit, isUnit: true });
        cursor = unit.end;
      }
      if (cursor < continuum.length) {
        segments.push({ start: cursor, end: continuum.length, isUnit: false });
      }
      return segments;
    };
    const all = continuum.unitsByAnnotator.map(segmentsOf);
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < m; j++) {
        if (i === j) continue;
        for (const a of all[i]!) {
          for (const b of all[j]!) {
            const overlaps = a.start < b.end && b.start < a.end;
            if (!overlaps) continue;
            if (a.isUnit && b.isUnit) sum += (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
            else if (a.isUnit && b.start <= a.start && a.end <= b.end) {
              sum += (a.end - a.start) ** 2;
            } else if (b.isUnit && a.start <= b.start && b.end <= a.end) {
              sum += (b.end - b.start) ** 2;
            }
          }
        }
      }
    }
    for (const segment of all.flat()) {
      (segment.isUnit ? unitLengths : gapLengths).push(segment.end - segment.start);
    }
    length += continuum.length;
  }
  const observed = sum / (m * (m - 1) * length * length);
  const n = unitLengths.length;
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    let placements = 0;
    for (const g of gapLengths) if (g >= l) placements += g - l + 1;
    numerator += ((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * placements;
    selfPairs += l * (l - 1);
  }
  const expected = ((2 / length) * numerator) / (m * length * (m * length - 1) - selfPairs);
  return expected === 0 ? null : 1 - observed / expected;
}

const unitizing = fc.integer({ min: 1, max: 60 }).chain((length) =>
  fc.record({
    length: fc.constant(length),
    unitsByAnnotator: fc.array(
      fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
          .map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) })),
        { maxLength: 6 },
      ),
      { minLength: 2, maxLength: 4 },
    ),
  }),
);

describe('krippendorffUnitizingAlpha, properties', () => {
  it('equals the literal all-pairs formula', () => {
    fc.assert(
      fc.property(unitizing, ({ length, unitsByAnnotator }) => {
        const fast = krippendorffUnitizingAlpha(
          [{ length, unitsByAnnotator }],
          unitsByAnnotator.length,
        ).alpha;
        const naive = naiveAlpha(length, unitsByAnnotator);
        if (naive === null) expect(fast).toBeNull();
        else expect(fast).toBeCloseTo(naive, 9);
      }),
    );
  });

  it('is 1 when all annotators mark the same units, and never above 1', () => {
    fc.assert(
      fc.property(unitizing, ({ length, unitsByAnnotator }) => {
        const m = unitsByAnnotator.length;
        const same = Array.from({ length: m }, () => unitsByAnnotator[0]!);
        const identical = krippendorffUnitizingAlpha([{ length, unitsByAnnotator: same }], m);
        if (identical.alpha !== null) expect(identical.alpha).toBe(1);
        const alpha = krippendorffUnitizingAlpha([{ length, unitsByAnnotator }], m).alpha;
        if (alpha !== null) expect(alpha).toBeLessThanOrEqual(1);
      }),
    );
  });
  // Many continua take other ways to sum the gaps than one document's few: short gaps are
  // counted by length, long ones sorted. Every way must give the literal formula's value.
  it.each([
    ['many short documents', 400, 60],
    ['documents with long gaps', 120, 5_000],
  ])('equals the literal formula over %s', (_, count, length) => {
    let seed = 7;
    const next = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % limit;
    };
    const continua: UnitizingContinuum[] = Array.from({ length: count }, () => ({
      length,
      unitsByAnnotator: [0, 1, 2].map(() =>
        Array.from({ length: 1 + next(3) }, () => {
          const start = next(length - 10);
          return { start, end: start + 1 + next(10) };
        }),
      ),
    }));
    const fast = krippendorffUnitizingAlpha(continua, 3).alpha;
    expect(fast).not.toBeNull();
    expect(fast).toBeCloseTo(naivePooledAlpha(continua)!, 9);
  });
});

describe('tallyUnitizingByLabel', () => {
  // Units in any order, overlapping, empty or reaching past the continuum, as raw input can be.
  const labelledUnits = fc.integer({ min: 0, max: 40 }).chain((length) =>
    fc.record({
      length: fc.constant(length),
      unitsByAnnotator: fc.array(
        fc.array(
          fc
            .tuple(
              fc.integer({ min: 0, max: 2 }),
              fc.integer({ min: -5, max: length + 5 }),
              fc.integer({ min: -2, max: 12 }),
            )
            .map(([labelIndex, start, size]): LabelledUnit => ({
              labelIndex,
              start,
              end: start + size,
            })),
          { maxLength: 10 },
        ),
        { minLength: 1, maxLength: 4 },
      ),
    }),
  );

  it('gives each label the tally of that label’s units alone, number for number', () => {
    fc.assert(
      fc.property(labelledUnits, fc.boolean(), ({ length, unitsByAnnotator }, sorted) => {
        const input = sorted
          ? unitsByAnnotator.map((units) => [...units].sort((a, b) => a.start - b.start))
          : unitsByAnnotator;
        const byLabel = tallyUnitizingByLabel(length, input, 3);
        [0, 1, 2].forEach((labelIndex) => {
          const alone = tallyUnitizing({
            length,
            unitsByAnnotator: input.map((units) =>
              units
                .filter((unit) => unit.labelIndex === labelIndex)
                .map(({ start, end }) => ({ start, end })),
            ),
          });
          expect(byLabel[labelIndex]).toEqual(alone);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('merges, clips and measures as the definition says', () => {
    // One annotator: [−3, 4) and [2, 6) merge to [−3, 6), clipped to [0, 6); [6, 8) only touches.
    // The other: [1, 7) and [9, 30) → [9, 10). Length 10.
    const [tally] = tallyUnitizingByLabel(
      10,
      [
        [
          { labelIndex: 0, start: 6, end: 8 },
          { labelIndex: 0, start: -3, end: 4 },
          { labelIndex: 0, start: 2, end: 6 },
        ],
        [
          { labelIndex: 0, start: 1, end: 7 },
          { labelIndex: 0, start: 9, end: 30 },
        ],
      ],
      1,
    );
    expect(tally!.unitLengths).toEqual([6, 2, 6, 1]);
    expect(tally!.gapLengths).toEqual([2, 1, 2]);
    // [0,6)–[1,7): 1 + 1; [6,8)–[1,7): 25 + 1; [9,10) lies in the first annotator's gap: 1.
    expect(tally!.squaredDistances).toBe(29);
  });
});
