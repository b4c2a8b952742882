import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addConfusionCounts, countLabelConfusions, labelConfusion } from './labelConfusion';
import { matchSpansByOverlap, overlapPartners } from './spanMatching';
import { spanExtent as span, spanExtentLists } from './testing/spanExtents';

const DEMAND = 0;
const THREAT = 1;

describe('countLabelConfusions', () => {
  it('puts same-label matches on the diagonal, cross-label overlaps off it, the rest on none', () => {
    // first:  demand [0,10)  threat [20,30)  demand [40,45)           threat [60,62)
    // second: demand [2,9)   demand [22,31)                 threat [50,55)
    // Same-label overlap: demand[0,10)–demand[2,9). Left over: threat[20,30) overlaps
    // demand[22,31) by 8 → (threat, demand). demand[40,45) and threat[60,62) → (label, none);
    // threat[50,55) → (none, threat).
    const first = [
      span(DEMAND, 0, 10),
      span(THREAT, 20, 30),
      span(DEMAND, 40, 45),
      span(THREAT, 60, 62),
    ];
    const second = [span(DEMAND, 2, 9), span(DEMAND, 22, 31), span(THREAT, 50, 55)];
    const counts = countLabelConfusions(first, second, overlapPartners(first, second), 2);
    //            demand threat none
    expect(counts).toEqual([
      [1, 0, 1], // demand
      [1, 0, 1], // threat
      [0, 1, 0], // none
    ]);
    const report = labelConfusion(counts, ['demand', 'threat']);
    expect(report.rows).toEqual(['demand', 'threat', null]);
    expect(report.columns).toEqual(['demand', 'threat', null]);
  });

  it('keeps the diagonal equal to the same-label matches even if another label overlaps more', () => {
    // first demand [0,10); second demand [0,3) and threat [0,10). The same-label match comes
    // first, so demand–demand is on the diagonal and the threat span is left with none.
    const first = [span(DEMAND, 0, 10)];
    const second = [span(DEMAND, 0, 3), span(THREAT, 0, 10)];
    const counts = countLabelConfusions(first, second, overlapPartners(first, second), 2);
    expect(counts).toEqual([
      [1, 0, 0],
      [0, 0, 0],
      [0, 1, 0],
    ]);
    addConfusionCounts(counts, counts);
    expect(counts[2]).toEqual([0, 2, 0]);
  });
});

describe('countLabelConfusions, properties', () => {
  const spans = spanExtentLists({ maxStart: 20, maxLength: 8, maxCount: 12 });

  it('counts every pair of the matching and every unpaired span on its own', () => {
    fc.assert(
      fc.property(spans, spans, (first, second) => {
        const expected = [0, 1, 2, 3].map(() => [0, 0, 0, 0]);
        const { sameLabel, differentLabel } = matchSpansByOverlap(first, second);
        const pairs = [...sameLabel, ...differentLabel];
        for (const pair of pairs) {
          expected[first[pair.firstIndex]!.labelIndex]![second[pair.secondIndex]!.labelIndex]!++;
        }
        first.forEach((a, index) => {
          if (!pairs.some((pair) => pair.firstIndex === index)) expected[a.labelIndex]![3]!++;
        });
        second.forEach((b, index) => {
          if (!pairs.some((pair) => pair.secondIndex === index)) expected[3]![b.labelIndex]!++;
        });
        expect(countLabelConfusions(first, second, overlapPartners(first, second), 3)).toEqual(
          expected,
        );
      }),
    );
  });
});
