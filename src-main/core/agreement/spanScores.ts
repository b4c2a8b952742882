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
  return {
    firstSpans: countByLabel(first, labelCount),
    secondSpans: countByLabel(second, labelCount),
    matched: countMatchesByLabel(first, matches, labelCount),
  };
}

/** The number of spans per label index. */
export function countByLabel(spans: readonly SpanExtent[], labelCount: number): number[] {
  const counts = new Array<number>(labelCount).fill(0);
  for (const span of spans) counts[span.labelIndex]!++;
  return counts;
}

/** The number of matched pairs per label index of their first span. */
export function countMatchesByLabel(
  first: readonly SpanExtent[],
  matches: readonly SpanPair[],
  labelCount: number,
): number[] {
  const counts = new Array<number>(labelCount).fill(0);
  for (const match of matches) counts[first[match.firstIndex]!.labelIndex]!++;
  return counts;
}

/** Zero counts for `labelCount` labels. */
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

/**
 * spanScore with its label first, as one literal: `{ label, ...score }` built a slower object,
 * and these are a large share of what the report keeps.
 */
function labelSpanScore(
  label: string,
  firstSpans: number,
  secondSpans: number,
  matched: number,
): LabelSpanScore {
  const score = spanScore(firstSpans, secondSpans, matched);
  return {
    label,
    firstSpans,
    secondSpans,
    matched,
    precision: score.precision,
    recall: score.recall,
    f1: score.f1,
  };
}

/** Per-label scores, micro (pooled counts) and macro (mean over labels where defined). */
export function spanScores(counts: SpanCounts, labels: readonly string[]): SpanScores {
  const byLabel: LabelSpanScore[] = [];
  let firstSpans = 0;
  let secondSpans = 0;
  let matched = 0;
  labels.forEach((label, index) => {
    byLabel.push(
      labelSpanScore(
        label,
        counts.firstSpans[index]!,
        counts.secondSpans[index]!,
        counts.matched[index]!,
      ),
    );
    firstSpans += counts.firstSpans[index]!;
    secondSpans += counts.secondSpans[index]!;
    matched += counts.matched[index]!;
  });
  return {
    byLabel,
    micro: spanScore(firstSpans, secondSpans, matched),
    macro: {
      precision: meanOfDefined(byLabel, 'precision'),
      recall: meanOfDefined(byLabel, 'recall'),
      f1: meanOfDefined(byLabel, 'f1'),
    },
  };
}

function meanOfDefined(
  scores: readonly SpanScore[],
  figure: 'precision' | 'recall' | 'f1',
): number | null {
  let sum = 0;
  let defined = 0;
  for (const score of scores) {
    const value = score[figure];
    if (value === null) continue;
    sum += value;
    defined++;
  }
  return fractionOrNull(sum, defined);
}
