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
  krippendorffUnitizingAlpha,
  pooledUnitizingAlpha,
  type UnitizingContinuum,
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
  requireDistinct('attribute', input.attributes.map((attribute) => attribute.id));
  const context: PairContext = {
    annotators: input.annotators,
    labels: input.labels,
    attributes: input.attributes,
    catalogue: new LabelSetCatalogue(input.labels.length),
  };
  const labelIndexById = new Map(input.labels.map((label, index) => [label, index]));
  const projectTally = emptyFiguresTally(context);
  const projectContinuaByLabel: UnitizingContinuum[][] = input.labels.map(() => []);

  const documents: DocumentAgreement[] = input.documents.map((document) => {
    const prepared = prepareDocument(document, input.annotators, labelIndexById);
    const tally = tallyDocument(prepared, context);
    addFiguresTally(projectTally, tally);
    const continuaByLabel = input.labels.map((_, labelIndex) => continuumOf(prepared, labelIndex));
    continuaByLabel.forEach((continuum, labelIndex) =>
      projectContinuaByLabel[labelIndex]!.push(continuum),
    );
    const alpha = unitizingAlphaReport(
      continuaByLabel.map((continuum) => [continuum]),
      context,
    );
    return { documentId: document.id, ...agreementFigures(tally, alpha, context) };
  });

  const projectAlpha = unitizingAlphaReport(projectContinuaByLabel, context);
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

/** One label's units per annotator in one document: that label's spans (merged later). */
function continuumOf(document: PreparedDocument, labelIndex: number): UnitizingContinuum {
  return {
    length: document.textLength,
    unitsByAnnotator: document.spansByAnnotator.map((spans) =>
      spans.filter((span) => span.labelIndex === labelIndex),
    ),
  };
}

function unitizingAlphaReport(
  continuaByLabel: readonly (readonly UnitizingContinuum[])[],
  context: PairContext,
): UnitizingAlphaReport {
  const annotatorCount = context.annotators.length;
  const byLabel = context.labels.map((label, labelIndex) => ({
    label,
    ...krippendorffUnitizingAlpha(continuaByLabel[labelIndex]!, annotatorCount),
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
