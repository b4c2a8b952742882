import type { LabelConfusion } from './agreementReport';
import type { SpanExtent } from './spanMatching';

/**
 * Span counts of a label confusion matrix, counts[row][column]: rows are the first annotator's
 * labels then "none", columns the second's. Pairs come from the overlap matching (`partners` as
 * overlapPartners gives them): same-label pairs (the diagonal), then the different-label pairs
 * among the spans left over; spans in neither go to "none".
 */
export function countLabelConfusions(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  partners: readonly number[],
  labelCount: number,
): number[][] {
  const counts = emptyConfusionCounts(labelCount);
  const none = labelCount;
  first.forEach((span, index) => {
    const partner = partners[index]!;
    counts[span.labelIndex]![partner < 0 ? none : second[partner]!.labelIndex]!++;
  });
  // Second's spans with no partner: all of a label's spans less those paired with first's.
  const unpaired = counts[none]!;
  for (const span of second) unpaired[span.labelIndex]!++;
  for (let row = 0; row < none; row++) {
    for (let column = 0; column < none; column++) unpaired[column]! -= counts[row]![column]!;
  }
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
