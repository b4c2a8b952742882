import { sortNumbers } from './sortNumbers';

/** The extent of a span: offsets in code points, end exclusive. */
export interface SpanExtent {
  labelIndex: number;
  start: number;
  end: number;
}

/** A one-to-one pairing of `first[firstIndex]` with `second[secondIndex]`; overlap in code points. */
export interface SpanPair {
  firstIndex: number;
  secondIndex: number;
  overlap: number;
}

/**
 * Pairs spans with the same label, start and end one-to-one, in text order; duplicates pair in
 * index order. `overlap` is the span length in code points.
 */
export function matchSpansExactly(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): SpanPair[] {
  // Both sides in (start, end, label) order: equal spans meet in one merge-style walk.
  const firstOrder = indicesByExtent(first);
  const secondOrder = indicesByExtent(second);
  const pairs: SpanPair[] = [];
  let f = 0;
  let s = 0;
  while (f < firstOrder.length && s < secondOrder.length) {
    const firstIndex = firstOrder[f]!;
    const secondIndex = secondOrder[s]!;
    const order = compareExtents(first[firstIndex]!, second[secondIndex]!);
    if (order < 0) f++;
    else if (order > 0) s++;
    else {
      const span = first[firstIndex]!;
      pairs.push({ firstIndex, secondIndex, overlap: Math.max(0, span.end - span.start) });
      f++;
      s++;
    }
  }
  return pairs;
}

/** Overlap matching of two annotators' spans; each list is one-to-one and they never share a span. */
export interface OverlapMatching {
  /** Same-label pairs: what overlap precision/recall and attribute agreement count. */
  sameLabel: SpanPair[];
  /** Then, among the spans left over on both sides, pairs with different labels (confusions). */
  differentLabel: SpanPair[];
}

/**
 * Pairs overlapping spans one-to-one, greedily by overlap length in code points, largest first:
 * first among spans of the same label, then among the spans left over, across labels. Ties go to
 * the lower index in `first`, then in `second`; callers pass spans sorted by start, so that is
 * "earliest span first", and the matching does not depend on which side is `first`. Pairs are
 * listed by first index.
 */
export function matchSpansByOverlap(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): OverlapMatching {
  const sameLabelCandidates: SpanPair[] = [];
  const differentLabelCandidates: SpanPair[] = [];
  forEachOverlap(first, second, (firstIndex, secondIndex, overlap) => {
    const sameLabel = first[firstIndex]!.labelIndex === second[secondIndex]!.labelIndex;
    (sameLabel ? sameLabelCandidates : differentLabelCandidates).push({
      firstIndex,
      secondIndex,
      overlap,
    });
  });
  const firstTaken = new Array<boolean>(first.length).fill(false);
  const secondTaken = new Array<boolean>(second.length).fill(false);
  return {
    sameLabel: greedyStage(sameLabelCandidates, firstTaken, secondTaken),
    differentLabel: greedyStage(differentLabelCandidates, firstTaken, secondTaken),
  };
}

/**
 * Greedy one-to-one matching over `candidates`, largest overlap first, among spans not taken yet;
 * marks what it takes. A candidate sharing no span with another is taken whatever the order, so
 * only the contested ones are sorted. Returns the pairs by first index.
 */
function greedyStage(
  candidates: readonly SpanPair[],
  firstTaken: boolean[],
  secondTaken: boolean[],
): SpanPair[] {
  const open: SpanPair[] = [];
  const firstDegree = new Array<number>(firstTaken.length).fill(0);
  const secondDegree = new Array<number>(secondTaken.length).fill(0);
  for (const pair of candidates) {
    if (firstTaken[pair.firstIndex] || secondTaken[pair.secondIndex]) continue;
    open.push(pair);
    firstDegree[pair.firstIndex]!++;
    secondDegree[pair.secondIndex]!++;
  }
  const byFirst = new Array<SpanPair | null>(firstTaken.length).fill(null);
  const contested: SpanPair[] = [];
  for (const pair of open) {
    if (firstDegree[pair.firstIndex] === 1 && secondDegree[pair.secondIndex] === 1) {
      takePair(pair, firstTaken, secondTaken, byFirst);
    } else contested.push(pair);
  }
  for (const pair of largestOverlapFirst(contested)) {
    if (!firstTaken[pair.firstIndex] && !secondTaken[pair.secondIndex]) {
      takePair(pair, firstTaken, secondTaken, byFirst);
    }
  }
  return byFirst.filter((pair): pair is SpanPair => pair !== null);
}

// A module function, not a closure in greedyStage: tsx wraps named closures in a __name call
// on every call, which showed up in the profile.
function takePair(
  pair: SpanPair,
  firstTaken: boolean[],
  secondTaken: boolean[],
  byFirst: (SpanPair | null)[],
): void {
  firstTaken[pair.firstIndex] = true;
  secondTaken[pair.secondIndex] = true;
  byFirst[pair.firstIndex] = pair;
}

/** Sorted by overlap (descending), then first index, then second index. */
function largestOverlapFirst(pairs: SpanPair[]): SpanPair[] {
  let longest = 0;
  let firstLimit = 0;
  let secondLimit = 0;
  for (const pair of pairs) {
    longest = Math.max(longest, pair.overlap);
    firstLimit = Math.max(firstLimit, pair.firstIndex + 1);
    secondLimit = Math.max(secondLimit, pair.secondIndex + 1);
  }
  const perOverlap = firstLimit * secondLimit;
  if ((longest + 1) * perOverlap * pairs.length > Number.MAX_SAFE_INTEGER) {
    return pairs.sort(
      (a, b) =>
        b.overlap - a.overlap || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
    );
  }
  // One number per pair, ending in its position: sorting numbers beats a comparator on objects.
  const keys = pairs.map(
    (pair, index) =>
      ((longest - pair.overlap) * perOverlap + pair.firstIndex * secondLimit + pair.secondIndex) *
        pairs.length +
      index,
  );
  return sortNumbers(keys).map((key) => pairs[key % pairs.length]!);
}

/**
 * Every (first, second) pair sharing at least one code point, any labels. A sweep over starts
 * keeps the spans still open on each side: O(n log n + pairs), not O(n²).
 */
export function overlappingPairs(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): SpanPair[] {
  const pairs: SpanPair[] = [];
  forEachOverlap(first, second, (firstIndex, secondIndex, overlap) =>
    pairs.push({ firstIndex, secondIndex, overlap }),
  );
  return pairs;
}

function forEachOverlap(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  visit: (firstIndex: number, secondIndex: number, overlap: number) => void,
): void {
  const firstOrder = indicesByExtent(first);
  const secondOrder = indicesByExtent(second);
  const openFirst = new OpenSpans(first);
  const openSecond = new OpenSpans(second);
  let f = 0;
  let s = 0;
  while (f < firstOrder.length || s < secondOrder.length) {
    const nextFirst = firstOrder[f];
    const nextSecond = secondOrder[s];
    const takeFirst =
      nextSecond === undefined ||
      (nextFirst !== undefined && first[nextFirst]!.start <= second[nextSecond]!.start);
    if (takeFirst && nextFirst !== undefined) {
      const span = first[nextFirst]!;
      openSecond.closeBefore(span.start);
      for (let k = 0; k < openSecond.count; k++) {
        const secondIndex = openSecond.indices[k]!;
        const overlap = Math.min(span.end, second[secondIndex]!.end) - span.start;
        if (overlap > 0) visit(nextFirst, secondIndex, overlap);
      }
      openFirst.open(nextFirst);
      f++;
    } else if (nextSecond !== undefined) {
      const span = second[nextSecond]!;
      openFirst.closeBefore(span.start);
      for (let k = 0; k < openFirst.count; k++) {
        const firstIndex = openFirst.indices[k]!;
        const overlap = Math.min(span.end, first[firstIndex]!.end) - span.start;
        if (overlap > 0) visit(firstIndex, nextSecond, overlap);
      }
      openSecond.open(nextSecond);
      s++;
    }
  }
}

/** Indices of the spans still open during a sweep. */
class OpenSpans {
  readonly indices: number[] = [];
  count = 0;

  constructor(private readonly spans: readonly SpanExtent[]) {}

  open(index: number): void {
    this.indices[this.count++] = index;
  }

  /** Forgets the spans that end at or before `position`. */
  closeBefore(position: number): void {
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const index = this.indices[k]!;
      if (this.spans[index]!.end > position) this.indices[kept++] = index;
    }
    this.count = kept;
  }
}

function compareExtents(a: SpanExtent, b: SpanExtent): number {
  return a.start - b.start || a.end - b.end || a.labelIndex - b.labelIndex;
}

/** Indices in (start, end, label, index) order; spans usually come sorted, which is checked first. */
function indicesByExtent(spans: readonly SpanExtent[]): number[] {
  const indices = spans.map((_, index) => index);
  for (let index = 1; index < spans.length; index++) {
    if (compareExtents(spans[index - 1]!, spans[index]!) > 0) {
      return indices.sort((a, b) => compareExtents(spans[a]!, spans[b]!) || a - b);
    }
  }
  return indices;
}
