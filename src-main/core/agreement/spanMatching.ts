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

/** Pairs spans with the same label, start and end one-to-one (duplicates pair in index order). */
export function matchSpansExactly(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): SpanPair[] {
  const waitingByKey = new Map<string, number[]>();
  first.forEach((span, index) => {
    const key = `${span.labelIndex}:${span.start}:${span.end}`;
    const waiting = waitingByKey.get(key);
    if (waiting) waiting.push(index);
    else waitingByKey.set(key, [index]);
  });
  const pairs: SpanPair[] = [];
  second.forEach((span, secondIndex) => {
    const firstIndex = waitingByKey.get(`${span.labelIndex}:${span.start}:${span.end}`)?.shift();
    if (firstIndex !== undefined) {
      pairs.push({ firstIndex, secondIndex, overlap: Math.max(0, span.end - span.start) });
    }
  });
  return pairs;
}

/**
 * Pairs overlapping spans one-to-one, greedily by overlap length in code points, largest first.
 * Ties go to the lower index in `first`, then in `second`, so callers that pass spans sorted by
 * start get "earliest span first". With `sameLabel` only spans of the same label are paired;
 * otherwise only spans of different labels are.
 */
export function matchSpansByOverlap(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  labels: 'sameLabel' | 'differentLabel',
): SpanPair[] {
  const wantSameLabel = labels === 'sameLabel';
  const candidates = overlappingPairs(first, second).filter(
    (pair) =>
      (first[pair.firstIndex]!.labelIndex === second[pair.secondIndex]!.labelIndex) ===
      wantSameLabel,
  );
  candidates.sort(
    (a, b) => b.overlap - a.overlap || a.firstIndex - b.firstIndex || a.secondIndex - b.secondIndex,
  );
  const firstTaken = new Uint8Array(first.length);
  const secondTaken = new Uint8Array(second.length);
  const pairs: SpanPair[] = [];
  for (const candidate of candidates) {
    if (firstTaken[candidate.firstIndex] || secondTaken[candidate.secondIndex]) continue;
    firstTaken[candidate.firstIndex] = 1;
    secondTaken[candidate.secondIndex] = 1;
    pairs.push(candidate);
  }
  return pairs;
}

/**
 * Every (first, second) pair sharing at least one code point, any label. A sweep over starts keeps
 * the spans still open on each side, so the cost is O(n log n + pairs), not O(n²).
 */
export function overlappingPairs(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
): SpanPair[] {
  const firstOrder = indicesByStart(first);
  const secondOrder = indicesByStart(second);
  let openFirst: number[] = [];
  let openSecond: number[] = [];
  const pairs: SpanPair[] = [];
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
      openSecond = openSecond.filter((index) => second[index]!.end > span.start);
      for (const secondIndex of openSecond) {
        const overlap = Math.min(span.end, second[secondIndex]!.end) - span.start;
        if (overlap > 0) pairs.push({ firstIndex: nextFirst, secondIndex, overlap });
      }
      openFirst.push(nextFirst);
      f++;
    } else if (nextSecond !== undefined) {
      const span = second[nextSecond]!;
      openFirst = openFirst.filter((index) => first[index]!.end > span.start);
      for (const firstIndex of openFirst) {
        const overlap = Math.min(span.end, first[firstIndex]!.end) - span.start;
        if (overlap > 0) pairs.push({ firstIndex, secondIndex: nextSecond, overlap });
      }
      openSecond.push(nextSecond);
      s++;
    }
  }
  return pairs;
}

function indicesByStart(spans: readonly SpanExtent[]): number[] {
  return spans.map((_, index) => index).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
}
