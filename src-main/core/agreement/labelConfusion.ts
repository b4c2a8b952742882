import type { LabelConfusion } from './agreementReport';
import type { OverlapMatching, SpanExtent } from './spanMatching';

/**
 * Span counts of a label confusion matrix, counts[row][column]: rows are the first annotator's
 * labels then "none", columns the second's. Pairs come from the overlap matching: same-label pairs
 * (the diagonal), then the different-label pairs among the spans left over; spans in neither go to
 * "none".
 */
export function countLabelConfusions(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  matching: OverlapMatching,
  labelCount: number,
): number[][] {
  const counts = emptyConfusionCounts(labelCount);
  const none = labelCount;
  const firstPaired = new Array<boolean>(first.length).fill(false);
  const secondPaired = new Array<boolean>(second.length).fill(false);
  for (const pairs of [matching.sameLabel, matching.differentLabel]) {
    for (const pair of pairs) {
      firstPaired[pair.firstIndex] = true;
      secondPaired[pair.secondIndex] = true;
      counts[first[pair.firstIndex]!.labelIndex]![second[pair.secondIndex]!.labelIndex]!++;
    }
  }
  first.forEach((span, index) => {
    if (!firstPaired[index]) counts[span.labelIndex]![none]!++;
  });
  second.forEach((span, index) => {
    if (!secondPaired[index]) counts[none]![span.labelIndex]!++;
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
