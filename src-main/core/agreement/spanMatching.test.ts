import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countExactMatchesByLabel,
  matchSpansByOverlap,
  matchSpansExactly,
  OverlapMatcher,
  overlapPartners,
  overlappingPairs,
  type SpanExtent,
  type SpanPair,
} from './spanMatching';
import { spanExtent as span, spanExtentLists } from './testing/spanExtents';

describe('matchSpansExactly', () => {
  it('needs the same label, start and end, and pairs duplicates one-to-one', () => {
    const first = [span(0, 0, 5), span(0, 0, 5), span(1, 10, 12), span(0, 20, 25)];
    const second = [span(0, 0, 5), span(0, 10, 12), span(0, 20, 24), span(0, 0, 5), span(0, 0, 5)];
    expect(matchSpansExactly(first, second)).toEqual([
      { firstIndex: 0, secondIndex: 0, overlap: 5 },
      { firstIndex: 1, secondIndex: 3, overlap: 5 },
    ]);
  });
});

describe('matchSpansByOverlap', () => {
  it('takes the largest overlap first, so one long span does not steal a better partner', () => {
    // first:  A [0,10)          B [8,20)
    // second:        X [5,18)
    // Overlaps: A–X = 5 (5..10), B–X = 10 (8..18) → X goes to B, A stays unmatched.
    const first = [span(0, 0, 10), span(0, 8, 20)];
    const second = [span(0, 5, 18)];
    expect(matchSpansByOverlap(first, second)).toEqual({
      sameLabel: [{ firstIndex: 1, secondIndex: 0, overlap: 10 }],
      differentLabel: [],
    });
  });

  it('breaks ties by the lower first index, then the lower second index', () => {
    // X [4,8) overlaps A [0,6) by 2 and B [6,10) by 2: A (index 0) wins.
    expect(matchSpansByOverlap([span(0, 0, 6), span(0, 6, 10)], [span(0, 4, 8)]).sameLabel).toEqual(
      [{ firstIndex: 0, secondIndex: 0, overlap: 2 }],
    );
    // A [0,10) overlaps X [0,3) and Y [5,8) by 3 each: X (index 0) wins.
    expect(matchSpansByOverlap([span(0, 0, 10)], [span(0, 0, 3), span(0, 5, 8)]).sameLabel).toEqual(
      [{ firstIndex: 0, secondIndex: 0, overlap: 3 }],
    );
  });

  it('does not count spans that only touch', () => {
    expect(matchSpansByOverlap([span(0, 0, 5)], [span(0, 5, 9)])).toEqual({
      sameLabel: [],
      differentLabel: [],
    });
  });

  it('pairs across labels only what the same-label stage left over', () => {
    // first: demand A [0,10); second: threat X [0,9), demand Y [5,8).
    // Stage 1 pairs A–Y (same label) although A–X overlaps more; X is left with nothing.
    // first: threat B [20,30); second: demand Z [25,40) → stage 2 pairs B–Z (overlap 5).
    const first = [span(0, 0, 10), span(1, 20, 30)];
    const second = [span(1, 0, 9), span(0, 5, 8), span(0, 25, 40)];
    expect(matchSpansByOverlap(first, second)).toEqual({
      sameLabel: [{ firstIndex: 0, secondIndex: 1, overlap: 3 }],
      differentLabel: [{ firstIndex: 1, secondIndex: 2, overlap: 5 }],
    });
  });
});

const spans = spanExtentLists({ maxStart: 40, maxLength: 12, maxCount: 12 });

describe('span matching properties', () => {
  it('finds exactly the overlapping pairs a brute-force scan finds', () => {
    fc.assert(
      fc.property(spans, spans, (first, second) => {
        const expected: string[] = [];
        first.forEach((a, i) =>
          second.forEach((b, j) => {
            const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
            if (overlap > 0) expected.push(`${i}-${j}-${overlap}`);
          }),
        );
        const found = overlappingPairs(first, second).map(
          (pair) => `${pair.firstIndex}-${pair.secondIndex}-${pair.overlap}`,
        );
        expect(found.sort()).toEqual(expected.sort());
      }),
    );
  });

  it('is one-to-one, and swapping the sides gives the mirrored matching', () => {
    fc.assert(
      fc.property(spans, spans, (first, second) => {
        const { sameLabel, differentLabel } = matchSpansByOverlap(first, second);
        const pairs = [...sameLabel, ...differentLabel];
        expect(new Set(pairs.map((pair) => pair.firstIndex)).size).toBe(pairs.length);
        expect(new Set(pairs.map((pair) => pair.secondIndex)).size).toBe(pairs.length);
        for (const pair of sameLabel) {
          expect(first[pair.firstIndex]!.labelIndex).toBe(second[pair.secondIndex]!.labelIndex);
        }
        for (const pair of differentLabel) {
          expect(first[pair.firstIndex]!.labelIndex).not.toBe(second[pair.secondIndex]!.labelIndex);
        }
        // Lexicographic tie-breaking makes the matching independent of which side is first.
        const swapped = matchSpansByOverlap(second, first);
        const mirrored = [...swapped.sameLabel, ...swapped.differentLabel].map(
          (pair) => `${pair.secondIndex}-${pair.firstIndex}`,
        );
        expect(mirrored.sort()).toEqual(
          pairs.map((pair) => `${pair.firstIndex}-${pair.secondIndex}`).sort(),
        );
      }),
    );
  });
});

/** The matching as documented, taken literally: every candidate sorted, taken greedily. */
function naiveOverlapMatching(first: readonly SpanExtent[], second: readonly SpanExtent[]) {
  const firstTaken = new Set<number>();
  const secondTaken = new Set<number>();
  const stage = (sameLabel: boolean): SpanPair[] => {
    const candidates: SpanPair[] = [];
    first.forEach((a, firstIndex) =>
      second.forEach((b, secondIndex) => {
        const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
        if (overlap > 0 && (a.labelIndex === b.labelIndex) === sameLabel) {
          candidates.push({ firstIndex, secondIndex, overlap });
        }
      }),
    );
    candidates.sort(
      (a, b) =>
        b.overlap - a.overlap || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
    );
    const taken: SpanPair[] = [];
    for (const pair of candidates) {
      if (firstTaken.has(pair.firstIndex) || secondTaken.has(pair.secondIndex)) continue;
      firstTaken.add(pair.firstIndex);
      secondTaken.add(pair.secondIndex);
      taken.push(pair);
    }
    return taken.sort((a, b) => a.firstIndex - b.firstIndex);
  };
  const sameLabel = stage(true);
  return { sameLabel, differentLabel: stage(false) };
}

/** Many spans in a short text, so that candidates are contested and stages interact. */
const crowdedSpans = spanExtentLists({ maxStart: 20, maxLength: 8, maxCount: 16 });

const byExtent = (spans: SpanExtent[]) =>
  [...spans].sort((a, b) => a.start - b.start || a.end - b.end || a.labelIndex - b.labelIndex);

describe('span matching against the literal definition', () => {
  it('matches by overlap as sorting every candidate and taking greedily does', () => {
    fc.assert(
      fc.property(crowdedSpans, crowdedSpans, fc.boolean(), (first, second, sorted) => {
        // Prepared documents come sorted (the fast path); test input in any order (the other).
        const [a, b] = sorted ? [byExtent(first), byExtent(second)] : [first, second];
        expect(matchSpansByOverlap(a, b)).toEqual(naiveOverlapMatching(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('counts exact matches per label as matchSpansExactly lists them', () => {
    fc.assert(
      fc.property(crowdedSpans, crowdedSpans, fc.boolean(), (first, second, sorted) => {
        const [a, b] = sorted ? [byExtent(first), byExtent(second)] : [first, second];
        const expected = [0, 0, 0];
        for (const pair of matchSpansExactly(a, b)) expected[a[pair.firstIndex]!.labelIndex]!++;
        expect(countExactMatchesByLabel(a, b, 3)).toEqual(expected);
      }),
    );
  });
});

describe('OverlapMatcher', () => {
  it('matches every pair as a fresh matcher does, whatever it matched before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(crowdedSpans, crowdedSpans), { maxLength: 6 }), (pairs) => {
        const matcher = new OverlapMatcher();
        for (const [first, second] of pairs) {
          const [a, b] = [byExtent(first), byExtent(second)];
          expect(matcher.partners(a, b)).toEqual(overlapPartners(a, b));
        }
      }),
    );
  });
});
