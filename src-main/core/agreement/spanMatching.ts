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
  const pairs: SpanPair[] = [];
  forEachExactMatch(first, second, (firstIndex, secondIndex) => {
    const span = first[firstIndex]!;
    pairs.push({ firstIndex, secondIndex, overlap: Math.max(0, span.end - span.start) });
  });
  return pairs;
}

/**
 * matchSpansExactly counted per label index (of `labelCount`) instead of listed: the report only
 * needs the counts, and a pair object per matched span was a large share of its garbage.
 */
export function countExactMatchesByLabel(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  labelCount: number,
): number[] {
  const matched = new Array<number>(labelCount).fill(0);
  forEachExactMatch(first, second, (firstIndex) => matched[first[firstIndex]!.labelIndex]!++);
  return matched;
}

function forEachExactMatch(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  visit: (firstIndex: number, secondIndex: number) => void,
): void {
  // Both sides in (start, end, label) order: equal spans meet in one merge-style walk.
  const firstOrder = orderByExtent(first);
  const secondOrder = orderByExtent(second);
  let f = 0;
  let s = 0;
  while (f < first.length && s < second.length) {
    const firstIndex = firstOrder === null ? f : firstOrder[f]!;
    const secondIndex = secondOrder === null ? s : secondOrder[s]!;
    const order = compareExtents(first[firstIndex]!, second[secondIndex]!);
    if (order < 0) f++;
    else if (order > 0) s++;
    else {
      visit(firstIndex, secondIndex);
      f++;
      s++;
    }
  }
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
  const partners = overlapPartners(first, second);
  const sameLabel: SpanPair[] = [];
  const differentLabel: SpanPair[] = [];
  partners.forEach((secondIndex, firstIndex) => {
    if (secondIndex < 0) return;
    const span = first[firstIndex]!;
    const other = second[secondIndex]!;
    const overlap = Math.min(span.end, other.end) - Math.max(span.start, other.start);
    (span.labelIndex === other.labelIndex ? sameLabel : differentLabel).push({
      firstIndex,
      secondIndex,
      overlap,
    });
  });
  return { sameLabel, differentLabel };
}

/**
 * matchSpansByOverlap as one number per first span: the index in `second` of its partner, or −1;
 * a pair is a same-label pair exactly when the two labels agree. The report reads the matching
 * this way, with no object per pair.
 */
export function overlapPartners(first: readonly SpanExtent[], second: readonly SpanExtent[]) {
  return new OverlapMatcher().partners(first, second);
}

/**
 * overlapPartners for pair after pair: the matcher keeps its buffers between calls, since
 * allocating them for every pair of every document was a tenth of the report's garbage.
 */
export class OverlapMatcher {
  /**
   * The overlapping pairs of the last collectOverlaps, as flat (firstIndex, secondIndex, overlap)
   * triples split by whether the labels agree: one object per candidate was most of the
   * matching's garbage, and each stage reads only its own list.
   */
  private readonly sameLabel = new Triples();
  private readonly differentLabel = new Triples();
  private readonly secondStates: number[] = [];
  private readonly openFirst = new OpenSpans();
  private readonly openSecond = new OpenSpans();

  /** See overlapPartners; the array returned is the caller's. */
  partners(first: readonly SpanExtent[], second: readonly SpanExtent[]): number[] {
    this.collectOverlaps(first, second);
    // Per span: its number of open candidates in the current stage, or TAKEN / the partner taken.
    const firstStates = new Array<number>(first.length).fill(0);
    const secondStates = this.secondStates;
    for (let index = 0; index < second.length; index++) secondStates[index] = 0;
    greedyStage(this.sameLabel, firstStates, secondStates);
    if (this.differentLabel.length > 0) {
      resetDegrees(firstStates, first.length);
      resetDegrees(secondStates, second.length);
      greedyStage(this.differentLabel, firstStates, secondStates);
    }
    const partners = firstStates;
    for (let index = 0; index < partners.length; index++) {
      const state = partners[index]!;
      partners[index] = state < 0 ? partnerOf(state) : -1;
    }
    return partners;
  }

  /** Every pair sharing at least one code point, in this.sameLabel and this.differentLabel. */
  collectOverlaps(first: readonly SpanExtent[], second: readonly SpanExtent[]): void {
    const { sameLabel, differentLabel, openFirst, openSecond } = this;
    sameLabel.length = 0;
    differentLabel.length = 0;
    openFirst.count = 0;
    openSecond.count = 0;
    // A sweep over starts keeps the spans still open on each side: O(n log n + pairs), not O(n²).
    const firstOrder = orderByExtent(first);
    const secondOrder = orderByExtent(second);
    let f = 0;
    let s = 0;
    while (f < first.length || s < second.length) {
      const nextFirst = f < first.length ? (firstOrder === null ? f : firstOrder[f]!) : -1;
      const nextSecond = s < second.length ? (secondOrder === null ? s : secondOrder[s]!) : -1;
      const takeFirst =
        nextSecond < 0 || (nextFirst >= 0 && first[nextFirst]!.start <= second[nextSecond]!.start);
      if (takeFirst) {
        const span = first[nextFirst]!;
        openSecond.closeBefore(second, span.start);
        for (let k = 0; k < openSecond.count; k++) {
          const secondIndex = openSecond.indices[k]!;
          const other = second[secondIndex]!;
          const overlap = Math.min(span.end, other.end) - span.start;
          if (overlap <= 0) continue;
          const into = span.labelIndex === other.labelIndex ? sameLabel : differentLabel;
          into.add(nextFirst, secondIndex, overlap);
        }
        openFirst.open(nextFirst);
        f++;
      } else {
        const span = second[nextSecond]!;
        openFirst.closeBefore(first, span.start);
        for (let k = 0; k < openFirst.count; k++) {
          const firstIndex = openFirst.indices[k]!;
          const other = first[firstIndex]!;
          const overlap = Math.min(span.end, other.end) - span.start;
          if (overlap <= 0) continue;
          const into = span.labelIndex === other.labelIndex ? sameLabel : differentLabel;
          into.add(firstIndex, nextSecond, overlap);
        }
        openSecond.open(nextSecond);
        s++;
      }
    }
  }

  /** The pairs of the last collectOverlaps, as objects. */
  collectedPairs(): SpanPair[] {
    const pairs: SpanPair[] = [];
    for (const { values, length } of [this.sameLabel, this.differentLabel]) {
      for (let at = 0; at < length; at += 3) {
        pairs.push({
          firstIndex: values[at]!,
          secondIndex: values[at + 1]!,
          overlap: values[at + 2]!,
        });
      }
    }
    return pairs;
  }
}

/** Flat (firstIndex, secondIndex, overlap) triples in a reused array; `length` numbers count. */
class Triples {
  readonly values: number[] = [];
  length = 0;

  add(firstIndex: number, secondIndex: number, overlap: number): void {
    this.values[this.length++] = firstIndex;
    this.values[this.length++] = secondIndex;
    this.values[this.length++] = overlap;
  }
}

/** A second span's state once taken; a first span's is takenWith(its partner), also negative. */
const TAKEN = -1;

function takenWith(secondIndex: number): number {
  return -2 - secondIndex;
}

function partnerOf(firstState: number): number {
  return -2 - firstState;
}

/**
 * Greedy one-to-one matching, largest overlap first, over the candidates whose spans are not
 * taken yet; records what it takes in the states, which hold 0 for every span not taken. A
 * candidate sharing no span with another is taken whatever the order, so only the contested ones
 * are sorted.
 */
function greedyStage(candidates: Triples, firstStates: number[], secondStates: number[]): void {
  const { values, length } = candidates;
  for (let at = 0; at < length; at += 3) {
    const firstIndex = values[at]!;
    const secondIndex = values[at + 1]!;
    if (firstStates[firstIndex]! < 0 || secondStates[secondIndex]! < 0) continue;
    firstStates[firstIndex]!++;
    secondStates[secondIndex]!++;
  }
  let contested: number[] | null = null;
  for (let at = 0; at < length; at += 3) {
    const firstIndex = values[at]!;
    const secondIndex = values[at + 1]!;
    if (firstStates[firstIndex]! < 0 || secondStates[secondIndex]! < 0) continue;
    if (firstStates[firstIndex] === 1 && secondStates[secondIndex] === 1) {
      firstStates[firstIndex] = takenWith(secondIndex);
      secondStates[secondIndex] = TAKEN;
    } else (contested ??= []).push(at);
  }
  if (contested === null) return;
  for (const at of largestOverlapFirst(values, contested)) {
    const firstIndex = values[at]!;
    const secondIndex = values[at + 1]!;
    if (firstStates[firstIndex]! >= 0 && secondStates[secondIndex]! >= 0) {
      firstStates[firstIndex] = takenWith(secondIndex);
      secondStates[secondIndex] = TAKEN;
    }
  }
}

/** Sets the candidate count of every span not taken yet back to 0. */
function resetDegrees(states: number[], length: number): void {
  for (let index = 0; index < length; index++) {
    if (states[index]! > 0) states[index] = 0;
  }
}

/**
 * The positions `at` of contested candidate triples, sorted by overlap (descending), then first
 * index, then second index.
 */
function largestOverlapFirst(candidates: readonly number[], positions: number[]): number[] {
  let longest = 0;
  let firstLimit = 0;
  let secondLimit = 0;
  for (const at of positions) {
    firstLimit = Math.max(firstLimit, candidates[at]! + 1);
    secondLimit = Math.max(secondLimit, candidates[at + 1]! + 1);
    longest = Math.max(longest, candidates[at + 2]!);
  }
  const perOverlap = firstLimit * secondLimit;
  const count = positions.length;
  if ((longest + 1) * perOverlap * count > Number.MAX_SAFE_INTEGER) {
    return positions.sort(
      (a, b) =>
        candidates[b + 2]! - candidates[a + 2]! ||
        candidates[a]! - candidates[b]! ||
        candidates[a + 1]! - candidates[b + 1]!,
    );
  }
  // One number per candidate, ending in its position: sorting numbers beats a comparator.
  const keys = positions.map(
    (at, index) =>
      ((longest - candidates[at + 2]!) * perOverlap +
        candidates[at]! * secondLimit +
        candidates[at + 1]!) *
        count +
      index,
  );
  return sortNumbers(keys).map((key) => positions[key % count]!);
}

/** Every (first, second) pair sharing at least one code point, any labels. */
export function overlappingPairs(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): SpanPair[] {
  const matcher = new OverlapMatcher();
  matcher.collectOverlaps(first, second);
  return matcher.collectedPairs();
}

/** Indices of the spans still open during a sweep. */
class OpenSpans {
  readonly indices: number[] = [];
  count = 0;

  open(index: number): void {
    this.indices[this.count++] = index;
  }

  /** Forgets the spans (indices into `spans`) that end at or before `position`. */
  closeBefore(spans: readonly SpanExtent[], position: number): void {
    let kept = 0;
    for (let k = 0; k < this.count; k++) {
      const index = this.indices[k]!;
      if (spans[index]!.end > position) this.indices[kept++] = index;
    }
    this.count = kept;
  }
}

function compareExtents(a: SpanExtent, b: SpanExtent): number {
  return a.start - b.start || a.end - b.end || a.labelIndex - b.labelIndex;
}

/**
 * Indices in (start, end, label, index) order, or null when the spans already are in that order,
 * as prepared documents always are: then the index is the order and no array is built.
 */
function orderByExtent(spans: readonly SpanExtent[]): number[] | null {
  for (let index = 1; index < spans.length; index++) {
    if (compareExtents(spans[index - 1]!, spans[index]!) > 0) {
      const indices = spans.map((_, spanIndex) => spanIndex);
      return indices.sort((a, b) => compareExtents(spans[a]!, spans[b]!) || a - b);
    }
  }
  return null;
}
