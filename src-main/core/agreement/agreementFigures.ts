import { attributeValuesOf } from './attributeAgreement';
import type { AgreementFigures, AnnotatorSummary, UnitizingAlphaReport } from './agreementReport';
import { FleissKappaTally } from './fleissKappa';
import type { LabelSetSweep } from './labelSetRuns';
import {
  addPairTally,
  emptyPairTally,
  pairAgreement,
  tallyPairSpans,
  type PairContext,
  type PairTally,
} from './pairAgreement';
import type { PreparedDocument } from './preparedDocument';
import type { OverlapMatcher } from './spanMatching';

/** Everything but α_u behind one AgreementFigures; adds up over documents. */
export interface FiguresTally {
  documentCount: number;
  /** Code points. */
  codePoints: number;
  annotators: Omit<AnnotatorSummary, 'annotator'>[];
  /** Pairs (i, j) with i < j in annotator order. */
  pairs: PairTally[];
  /** Only with three or more annotators. */
  fleiss: FleissKappaTally | null;
}

/** What tallyDocument needs besides the pair context. */
export interface DocumentTallyContext extends PairContext {
  /** One sweep and one matcher for every document of a computation: they reuse their buffers. */
  labelSetSweep: LabelSetSweep;
  overlapMatcher: OverlapMatcher;
}

/** An empty tally for the whole project. */
export function emptyFiguresTally(context: PairContext): FiguresTally {
  const annotatorCount = context.annotators.length;
  return {
    documentCount: 0,
    codePoints: 0,
    annotators: context.annotators.map(() => ({
      documentsWithAnnotations: 0,
      spans: 0,
      ignoredSpans: 0,
    })),
    pairs: annotatorPairs(annotatorCount).map(([first, second]) =>
      emptyPairTally(first, second, context.labels.length, context.attributes.length),
    ),
    fleiss: annotatorCount >= 3 ? new FleissKappaTally(annotatorCount) : null,
  };
}

/**
 * Tallies one document: span matching per pair, then one sweep over span boundaries that feeds
 * every pair's label-set table and Fleiss' kappa with runs of code points.
 */
export function tallyDocument(
  document: PreparedDocument,
  context: DocumentTallyContext,
): FiguresTally {
  const annotatorCount = context.annotators.length;
  const attributeValues = document.spansByAnnotator.map((spans) =>
    attributeValuesOf(spans, context.attributeIndexById),
  );
  const pairs = annotatorPairs(annotatorCount).map(([first, second]) =>
    tallyPairSpans(
      document.spansByAnnotator[first]!,
      document.spansByAnnotator[second]!,
      { first: attributeValues[first]!, second: attributeValues[second]! },
      first,
      second,
      context,
      context.overlapMatcher,
    ),
  );
  const fleiss = annotatorCount >= 3 ? new FleissKappaTally(annotatorCount) : null;
  context.labelSetSweep.forEachRun(
    document.spansByAnnotator,
    document.textLength,
    (length, labelSetIds) => {
      for (const pair of pairs) {
        pair.labelSets.add(
          labelSetIds[pair.firstAnnotator]!,
          labelSetIds[pair.secondAnnotator]!,
          length,
        );
      }
      fleiss?.addItem(labelSetIds, length);
    },
  );
  return {
    documentCount: 1,
    codePoints: document.textLength,
    annotators: document.spansByAnnotator.map((spans, annotator) => ({
      documentsWithAnnotations: document.hasAnnotationsByAnnotator[annotator] ? 1 : 0,
      spans: spans.length,
      ignoredSpans: document.ignoredSpansByAnnotator[annotator]!,
    })),
    pairs,
    fleiss,
  };
}

/** Index pairs (i, j), i < j, in annotator order. */
function annotatorPairs(annotatorCount: number): [number, number][] {
  const pairs: [number, number][] = [];
  for (let first = 0; first < annotatorCount; first++) {
    for (let second = first + 1; second < annotatorCount; second++) pairs.push([first, second]);
  }
  return pairs;
}

/** Adds `source` into `target`. */
export function addFiguresTally(target: FiguresTally, source: FiguresTally): void {
  target.documentCount += source.documentCount;
  target.codePoints += source.codePoints;
  source.annotators.forEach((summary, index) => {
    const into = target.annotators[index]!;
    into.documentsWithAnnotations += summary.documentsWithAnnotations;
    into.spans += summary.spans;
    into.ignoredSpans += summary.ignoredSpans;
  });
  source.pairs.forEach((pair, index) => addPairTally(target.pairs[index]!, pair));
  if (target.fleiss && source.fleiss) target.fleiss.addTally(source.fleiss);
}

/** The report figures of a tally; α_u is computed separately because it does not add up. */
export function agreementFigures(
  tally: FiguresTally,
  unitizingAlpha: UnitizingAlphaReport,
  context: PairContext,
): AgreementFigures {
  return {
    documentCount: tally.documentCount,
    codePoints: tally.codePoints,
    annotators: tally.annotators.map((summary, index) => ({
      annotator: context.annotators[index]!,
      documentsWithAnnotations: summary.documentsWithAnnotations,
      spans: summary.spans,
      ignoredSpans: summary.ignoredSpans,
    })),
    pairs: tally.pairs.map((pair) => pairAgreement(pair, context)),
    fleissKappa: tally.fleiss?.result() ?? null,
    unitizingAlpha,
  };
}
