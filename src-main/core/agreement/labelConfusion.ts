import type { LabelConfusion } from './agreementReport';
import { matchSpansByOverlap, type SpanExtent, type SpanPair } from './spanMatching';

/**
 * Span counts of a label confusion matrix, counts[row][column]: rows are the first annotator's
 * labels then "none", columns the second's. Pairing: first the same-label overlap matches
 * (`sameLabelMatches`, the diagonal), then the spans left over on both sides are paired across
 * labels by the same greedy largest-overlap rule; spans still unpaired go to "none".
 */
export function countLabelConfusions(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  sameLabelMatches: readonly SpanPair[],
  labelCount: number,
): number[][] {
  const counts = emptyConfusionCounts(labelCount);
  const none = labelCount;
  const firstPaired = new Uint8Array(first.length);
  const secondPaired = new Uint8Array(second.length);
  for (const match of sameLabelMatches) {
    firstPaired[match.firstIndex] = 1;
    secondPaired[match.secondIndex] = 1;
    const label = first[match.firstIndex]!.labelIndex;
    counts[label]![label]!++;
  }
  const firstLeft = first.filter((_, index) => !firstPaired[index]);
  const secondLeft = second.filter((_, index) => !secondPaired[index]);
  const firstLeftPaired = new Uint8Array(firstLeft.length);
  const secondLeftPaired = new Uint8Array(secondLeft.length);
  for (const pair of matchSpansByOverlap(firstLeft, secondLeft, 'differentLabel')) {
    firstLeftPaired[pair.firstIndex] = 1;
    secondLeftPaired[pair.secondIndex] = 1;
    counts[firstLeft[pair.firstIndex]!.labelIndex]![secondLeft[pair.secondIndex]!.labelIndex]!++;
  }
  firstLeft.forEach((span, index) => {
    if (!firstLeftPaired[index]) counts[span.labelIndex]![none]!++;
  });
  secondLeft.forEach((span, index) => {
    if (!secondLeftPaired[index]) counts[none]![span.labelIndex]!++;
  });
  return counts;
}

/** A (labelCount + 1)² matrix of zeros; the last row and column are "none". */
export function emptyConfusionCounts(labelCount: number): number[][] {
  return Array.from({ length: labelCount + 1 }, () => new Array<number>(labelCount + 1).fill(0));
}

/** Adds `source` into `target` cell by cell. */
export function addConfusionCounts(target: number[][], source: readonly (readonly number[])[]) {
  source.forEach((row, rowIndex) =>
    row.forEach((count, columnIndex) => (target[rowIndex]![columnIndex]! += count)),
  );
}

/** The report form: label ids with `null` for "none" on both axes. */
export function labelConfusion(counts: number[][], labels: readonly string[]): LabelConfusion {
  const axis = [...labels, null];
  return { rows: axis, columns: [...axis], counts: counts.map((row) => [...row]) };
}
