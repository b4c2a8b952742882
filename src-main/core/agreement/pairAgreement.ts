import type { AgreementAttributeDefinition } from './agreementInput';
import type { LabelKappa, PairAgreement } from './agreementReport';
import { AgreementTable } from './agreementTable';
import {
  addAttributeTally,
  attributeAgreement,
  emptyAttributeTally,
  tallyAttribute,
  type AttributeTally,
} from './attributeAgreement';
import { cohenKappa } from './cohenKappa';
import {
  addConfusionCounts,
  countLabelConfusions,
  emptyConfusionCounts,
  labelConfusion,
} from './labelConfusion';
import type { LabelSetCatalogue } from './labelSetCatalogue';
import type { PreparedSpan } from './preparedDocument';
import { matchSpansByOverlap, matchSpansExactly } from './spanMatching';
import { addSpanCounts, countSpans, emptySpanCounts, spanScores, type SpanCounts } from './spanScores';

/** What the figures of one pair are computed from; every part adds up over documents. */
export interface PairTally {
  firstAnnotator: number;
  secondAnnotator: number;
  exact: SpanCounts;
  overlap: SpanCounts;
  /** Code points by (first's label set id, second's label set id); filled by the run sweep. */
  labelSets: AgreementTable<number>;
  confusion: number[][];
  /** Indexed like the attribute definitions. */
  attributes: AttributeTally[];
}

/** Names and lookups needed to turn tallies into report entries. */
export interface PairContext {
  annotators: readonly string[];
  labels: readonly string[];
  attributes: readonly AgreementAttributeDefinition[];
  catalogue: LabelSetCatalogue;
}

export function emptyPairTally(
  firstAnnotator: number,
  secondAnnotator: number,
  labelCount: number,
  attributeCount: number,
): PairTally {
  return {
    firstAnnotator,
    secondAnnotator,
    exact: emptySpanCounts(labelCount),
    overlap: emptySpanCounts(labelCount),
    labelSets: new AgreementTable<number>(),
    confusion: emptyConfusionCounts(labelCount),
    attributes: Array.from({ length: attributeCount }, emptyAttributeTally),
  };
}

/** The span-based part of a pair's tally in one document (everything but `labelSets`). */
export function tallyPairSpans(
  first: readonly PreparedSpan[],
  second: readonly PreparedSpan[],
  firstAnnotator: number,
  secondAnnotator: number,
  context: PairContext,
): PairTally {
  const labelCount = context.labels.length;
  const overlapMatches = matchSpansByOverlap(first, second, 'sameLabel');
  return {
    firstAnnotator,
    secondAnnotator,
    exact: countSpans(first, second, matchSpansExactly(first, second), labelCount),
    overlap: countSpans(first, second, overlapMatches, labelCount),
    labelSets: new AgreementTable<number>(),
    confusion: countLabelConfusions(first, second, overlapMatches, labelCount),
    attributes: context.attributes.map((definition) =>
      tallyAttribute(definition.id, first, second, overlapMatches),
    ),
  };
}

/** Adds `source` into `target` (same pair of annotators). */
export function addPairTally(target: PairTally, source: PairTally): void {
  addSpanCounts(target.exact, source.exact);
  addSpanCounts(target.overlap, source.overlap);
  target.labelSets.addTable(source.labelSets);
  addConfusionCounts(target.confusion, source.confusion);
  source.attributes.forEach((tally, index) => addAttributeTally(target.attributes[index]!, tally));
}

/** The report entry of one pair. */
export function pairAgreement(tally: PairTally, context: PairContext): PairAgreement {
  const { labels, catalogue } = context;
  const byLabel: LabelKappa[] = labels.map((label, labelIndex) => {
    // A label's binary table folds the label-set table: few cells, no second sweep over the text.
    const covered = new AgreementTable<boolean>();
    for (const cell of tally.labelSets.cells()) {
      covered.add(
        catalogue.contains(cell.first, labelIndex),
        catalogue.contains(cell.second, labelIndex),
        cell.weight,
      );
    }
    return { label, ...cohenKappa(covered) };
  });
  return {
    first: context.annotators[tally.firstAnnotator]!,
    second: context.annotators[tally.secondAnnotator]!,
    spans: { exact: spanScores(tally.exact, labels), overlap: spanScores(tally.overlap, labels) },
    cohenKappa: { labelSets: cohenKappa(tally.labelSets), byLabel },
    labelConfusion: labelConfusion(tally.confusion, labels),
    attributes: context.attributes.map((definition, index) =>
      attributeAgreement(definition, tally.attributes[index]!),
    ),
  };
}
