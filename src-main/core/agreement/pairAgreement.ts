import type { AttributeValue } from '../annotations/annotationSchema';
import type { AgreementAttributeDefinition } from './agreementInput';
import type { KappaFigure, LabelKappa, PairAgreement } from './agreementReport';
import { CategoryIdTable, type AgreementCell } from './agreementTable';
import {
  addAttributeTally,
  attributeAgreement,
  emptyAttributeTally,
  tallyAttributeValues,
  type AttributeTally,
} from './attributeAgreement';
import { cohenKappaFromMarginals } from './cohenKappa';
import {
  addConfusionCounts,
  countLabelConfusions,
  emptyConfusionCounts,
  labelConfusion,
} from './labelConfusion';
import type { LabelSetCatalogue } from './labelSetCatalogue';
import type { PreparedSpan } from './preparedDocument';
import { countExactMatchesByLabel, type OverlapMatcher } from './spanMatching';
import {
  addSpanCounts,
  countByLabel,
  emptySpanCounts,
  spanScores,
  type SpanCounts,
} from './spanScores';

/** What the figures of one pair are computed from; every part adds up over documents. */
export interface PairTally {
  firstAnnotator: number;
  secondAnnotator: number;
  exact: SpanCounts;
  overlap: SpanCounts;
  /** Code points by (first's label set id, second's label set id); filled by the run sweep. */
  labelSets: CategoryIdTable;
  confusion: number[][];
  /** Indexed like the attribute definitions. */
  attributes: AttributeTally[];
}

/** Names and lookups needed to turn tallies into report entries. */
export interface PairContext {
  annotators: readonly string[];
  labels: readonly string[];
  attributes: readonly AgreementAttributeDefinition[];
  /** The index in `attributes` of each attribute id. */
  attributeIndexById: ReadonlyMap<string, number>;
  catalogue: LabelSetCatalogue;
}

/** A tally of no documents yet for the pair (firstAnnotator, secondAnnotator), by index. */
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
    labelSets: new CategoryIdTable(),
    confusion: emptyConfusionCounts(labelCount),
    attributes: Array.from({ length: attributeCount }, emptyAttributeTally),
  };
}

/**
 * The span-based part of a pair's tally in one document (everything but `labelSets`).
 * `attributeValues` are both sides' attributeValuesOf, read once per document for every pair.
 */
export function tallyPairSpans(
  first: readonly PreparedSpan[],
  second: readonly PreparedSpan[],
  attributeValues: {
    first: readonly (AttributeValue | undefined)[];
    second: readonly (AttributeValue | undefined)[];
  },
  firstAnnotator: number,
  secondAnnotator: number,
  context: PairContext,
  matcher: OverlapMatcher,
): PairTally {
  const labelCount = context.labels.length;
  const partners = matcher.partners(first, second);
  // The same-label pairs of the matching, which span scores and attributes count.
  const sameLabelPartners = partners.map((secondIndex, firstIndex) =>
    secondIndex >= 0 && second[secondIndex]!.labelIndex === first[firstIndex]!.labelIndex
      ? secondIndex
      : -1,
  );
  // Exact and overlap counts share the span totals: a document's tally is read, never added to.
  const firstSpans = countByLabel(first, labelCount);
  const secondSpans = countByLabel(second, labelCount);
  const overlapMatched = new Array<number>(labelCount).fill(0);
  sameLabelPartners.forEach((secondIndex, firstIndex) => {
    if (secondIndex >= 0) overlapMatched[first[firstIndex]!.labelIndex]!++;
  });
  return {
    firstAnnotator,
    secondAnnotator,
    exact: {
      firstSpans,
      secondSpans,
      matched: countExactMatchesByLabel(first, second, labelCount),
    },
    overlap: { firstSpans, secondSpans, matched: overlapMatched },
    labelSets: new CategoryIdTable(),
    confusion: countLabelConfusions(first, second, partners, labelCount),
    attributes: tallyAttributeValues(
      context.attributes.length,
      attributeValues.first,
      attributeValues.second,
      sameLabelPartners,
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
  const { labels } = context;
  const labelSetCells = tally.labelSets.cells();
  return {
    first: context.annotators[tally.firstAnnotator]!,
    second: context.annotators[tally.secondAnnotator]!,
    spans: { exact: spanScores(tally.exact, labels), overlap: spanScores(tally.overlap, labels) },
    cohenKappa: {
      labelSets: labelSetKappa(tally.labelSets),
      byLabel: labels.map((label, labelIndex) =>
        labelKappa(labelSetCells, label, labelIndex, context.catalogue),
      ),
    },
    labelConfusion: labelConfusion(tally.confusion, labels),
    attributes: context.attributes.map((definition, index) =>
      attributeAgreement(definition, tally.attributes[index]!),
    ),
  };
}

/** Cohen's kappa with the label set of each code point as its category. */
function labelSetKappa(table: CategoryIdTable): KappaFigure {
  const limit = table.categoryCount;
  const firstTotals = new Array<number>(limit).fill(0);
  const secondTotals = new Array<number>(limit).fill(0);
  let total = 0;
  let agreeing = 0;
  for (let first = 0; first < limit; first++) {
    for (let second = 0; second < limit; second++) {
      const weight = table.weightOf(first, second);
      total += weight;
      if (first === second) agreeing += weight;
      firstTotals[first]! += weight;
      secondTotals[second]! += weight;
    }
  }
  return cohenKappaFromMarginals(total, agreeing, firstTotals, secondTotals);
}

/** Binary kappa for one label, folded from the label-set table: no second pass over the text. */
function labelKappa(
  labelSetCells: readonly AgreementCell<number>[],
  label: string,
  labelIndex: number,
  catalogue: LabelSetCatalogue,
): LabelKappa {
  let both = 0;
  let firstOnly = 0;
  let secondOnly = 0;
  let neither = 0;
  for (const { first, second, weight } of labelSetCells) {
    const inFirst = catalogue.contains(first, labelIndex);
    const inSecond = catalogue.contains(second, labelIndex);
    if (inFirst && inSecond) both += weight;
    else if (inFirst) firstOnly += weight;
    else if (inSecond) secondOnly += weight;
    else neither += weight;
  }
  const figure = cohenKappaFromMarginals(
    both + firstOnly + secondOnly + neither,
    both + neither,
    [both + firstOnly, secondOnly + neither],
    [both + secondOnly, firstOnly + neither],
  );
  // One literal, label first: `{ label, ...figure }` builds slower, larger objects to keep.
  return {
    label,
    total: figure.total,
    observedAgreement: figure.observedAgreement,
    expectedAgreement: figure.expectedAgreement,
    kappa: figure.kappa,
  };
}
