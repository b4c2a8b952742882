import type { AgreementInput } from './agreementInput';
import {
  AGREEMENT_REPORT_FORMAT,
  AGREEMENT_REPORT_VERSION,
  type AgreementReport,
  type DocumentAgreement,
  type UnitizingAlphaReport,
} from './agreementReport';
import {
  addFiguresTally,
  agreementFigures,
  emptyFiguresTally,
  tallyDocument,
} from './agreementFigures';
import {
  addUnitizingTally,
  emptyUnitizingTally,
  pooledUnitizingAlpha,
  tallyUnitizing,
  unitizingAlpha,
  type Unit,
  type UnitizingTally,
} from './krippendorffUnitizingAlpha';
import { LabelSetCatalogue } from './labelSetCatalogue';
import type { PairContext } from './pairAgreement';
import { prepareDocument, type PreparedDocument } from './preparedDocument';

/**
 * Computes every agreement figure per document and over all given documents (offsets and lengths
 * in code points). Pure: the same input always gives the same, JSON-serialisable report.
 */
export function computeAgreementReport(input: AgreementInput): AgreementReport {
  requireDistinct('annotator', input.annotators);
  requireDistinct('label', input.labels);
  const attributeIds = input.attributes.map((attribute) => attribute.id);
  requireDistinct('attribute', attributeIds);
  const context: PairContext = {
    annotators: input.annotators,
    labels: input.labels,
    attributes: input.attributes,
    attributeIds,
    catalogue: new LabelSetCatalogue(input.labels.length),
  };
  const labelIndexById = new Map(input.labels.map((label, index) => [label, index]));
  const projectTally = emptyFiguresTally(context);
  const projectUnitizing = input.labels.map(() => emptyUnitizingTally(input.annotators.length));

  const documents: DocumentAgreement[] = input.documents.map((document) => {
    const prepared = prepareDocument(document, input.annotators, labelIndexById);
    const tally = tallyDocument(prepared, context);
    addFiguresTally(projectTally, tally);
    const unitizing = unitizingTallies(prepared, input.labels.length);
    unitizing.forEach((labelTally, labelIndex) =>
      addUnitizingTally(projectUnitizing[labelIndex]!, labelTally),
    );
    const alpha = unitizingAlphaReport(unitizing, input.labels);
    return { documentId: document.id, ...agreementFigures(tally, alpha, context) };
  });

  const projectAlpha = unitizingAlphaReport(projectUnitizing, input.labels);
  return {
    format: AGREEMENT_REPORT_FORMAT,
    version: AGREEMENT_REPORT_VERSION,
    annotators: [...input.annotators],
    labels: [...input.labels],
    attributes: input.attributes.map((attribute) => attribute.id),
    project: agreementFigures(projectTally, projectAlpha, context),
    documents,
  };
}

/** α_u ingredients per label for one document: each label's spans are that label's units. */
function unitizingTallies(document: PreparedDocument, labelCount: number): UnitizingTally[] {
  const unitsByLabel: Unit[][][] = Array.from({ length: labelCount }, () =>
    document.spansByAnnotator.map(() => []),
  );
  document.spansByAnnotator.forEach((spans, annotator) => {
    for (const span of spans) unitsByLabel[span.labelIndex]![annotator]!.push(span);
  });
  return unitsByLabel.map((unitsByAnnotator) =>
    tallyUnitizing({ length: document.textLength, unitsByAnnotator }),
  );
}

function unitizingAlphaReport(
  tallies: readonly UnitizingTally[],
  labels: readonly string[],
): UnitizingAlphaReport {
  const byLabel = labels.map((label, labelIndex) => ({
    label,
    ...unitizingAlpha(tallies[labelIndex]!),
  }));
  return { byLabel, allLabels: pooledUnitizingAlpha(byLabel) };
}

function requireDistinct(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`${what} "${id}" is listed twice`);
    seen.add(id);
  }
}
