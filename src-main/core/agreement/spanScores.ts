import type { LabelSpanScore, SpanScore, SpanScores } from './agreementReport';
import { fractionOrNull } from './fractionOrNull';
import type { SpanExtent, SpanPair } from './spanMatching';

/** Span and match counts per label index; additive over documents. */
export interface SpanCounts {
  firstSpans: number[];
  secondSpans: number[];
  matched: number[];
}

/** Counts each side's spans and the matched pairs, per label index. */
export function countSpans(
  first: readonly SpanExtent[],
  second: readonly SpanExtent[],
  matches: readonly SpanPair[],
  labelCount: number,
): SpanCounts {
  const counts = emptySpanCounts(labelCount);
  for (const span of first) counts.firstSpans[span.labelIndex]!++;
  for (const span of second) counts.secondSpans[span.labelIndex]!++;
  for (const match of matches) counts.matched[first[match.firstIndex]!.labelIndex]!++;
  return counts;
}

export function emptySpanCounts(labelCount: number): SpanCounts {
  return {
    firstSpans: new Array<number>(labelCount).fill(0),
    secondSpans: new Array<number>(labelCount).fill(0),
    matched: new Array<number>(labelCount).fill(0),
  };
}

/** Adds `source` into `target`, label by label. */
export function addSpanCounts(target: SpanCounts, source: SpanCounts): void {
  source.firstSpans.forEach((count, label) => (target.firstSpans[label]! += count));
  source.secondSpans.forEach((count, label) => (target.secondSpans[label]! += count));
  source.matched.forEach((count, label) => (target.matched[label]! += count));
}

/**
 * Precision (matched / second's spans), recall (matched / first's spans) and
 * F1 = 2·matched / (first's + second's spans), each null when its denominator is 0.
 */
export function spanScore(firstSpans: number, secondSpans: number, matched: number): SpanScore {
  return {
    firstSpans,
    secondSpans,
    matched,
    precision: fractionOrNull(matched, secondSpans),
    recall: fractionOrNull(matched, firstSpans),
    f1: fractionOrNull(2 * matched, firstSpans + secondSpans),
  };
}

/** Per-label scores, micro (pooled counts) and macro (mean over labels where defined). */
export function spanScores(counts: SpanCounts, labels: readonly string[]): SpanScores {
  const byLabel: LabelSpanScore[] = labels.map((label, index) => ({
    label,
    ...spanScore(counts.firstSpans[index]!, counts.secondSpans[index]!, counts.matched[index]!),
  }));
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  return {
    byLabel,
    micro: spanScore(sum(counts.firstSpans), sum(counts.secondSpans), sum(counts.matched)),
    macro: {
      precision: meanOfDefined(byLabel.map((score) => score.precision)),
      recall: meanOfDefined(byLabel.map((score) => score.recall)),
      f1: meanOfDefined(byLabel.map((score) => score.f1)),
    },
  };
}

function meanOfDefined(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return fractionOrNull(
    defined.reduce((total, value) => total + value, 0),
    defined.length,
  );
}
