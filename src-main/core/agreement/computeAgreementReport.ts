import type { AgreementDocument, AgreementInput } from './agreementInput';
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
  type FiguresTally,
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
  const computation = new AgreementComputation(input);
  for (const document of input.documents) computation.addDocument(document);
  return computation.report();
}

/**
 * The agreement report built one document at a time, so that a caller can read documents as it
 * goes and keep none of them: each document's spans are needed only while it is added.
 */
export class AgreementComputation {
  private readonly context: PairContext;
  private readonly labelIndexById: Map<string, number>;
  private readonly projectTally: FiguresTally;
  private readonly projectUnitizing: UnitizingTally[];
  private readonly documents: DocumentAgreement[] = [];

  constructor(private readonly settings: Omit<AgreementInput, 'documents'>) {
    requireDistinct('annotator', settings.annotators);
    requireDistinct('label', settings.labels);
    const attributeIds = settings.attributes.map((attribute) => attribute.id);
    requireDistinct('attribute', attributeIds);
    this.context = {
      annotators: settings.annotators,
      labels: settings.labels,
      attributes: settings.attributes,
      attributeIds,
      catalogue: new LabelSetCatalogue(settings.labels.length),
    };
    this.labelIndexById = new Map(settings.labels.map((label, index) => [label, index]));
    this.projectTally = emptyFiguresTally(this.context);
    this.projectUnitizing = settings.labels.map(() =>
      emptyUnitizingTally(settings.annotators.length),
    );
  }

  /** Adds one document's figures to the report (documents appear in the order added). */
  addDocument(document: AgreementDocument): void {
    const prepared = prepareDocument(document, this.settings.annotators, this.labelIndexById);
    const tally = tallyDocument(prepared, this.context);
    addFiguresTally(this.projectTally, tally);
    const unitizing = unitizingTallies(prepared, this.settings.labels.length);
    unitizing.forEach((labelTally, labelIndex) =>
      addUnitizingTally(this.projectUnitizing[labelIndex]!, labelTally),
    );
    const alpha = unitizingAlphaReport(unitizing, this.settings.labels);
    this.documents.push({
      documentId: document.id,
      ...agreementFigures(tally, alpha, this.context),
    });
  }

  /** The report over the documents added so far. */
  report(): AgreementReport {
    const projectAlpha = unitizingAlphaReport(this.projectUnitizing, this.settings.labels);
    return {
      format: AGREEMENT_REPORT_FORMAT,
      version: AGREEMENT_REPORT_VERSION,
      annotators: [...this.settings.annotators],
      labels: [...this.settings.labels],
      attributes: this.settings.attributes.map((attribute) => attribute.id),
      project: agreementFigures(this.projectTally, projectAlpha, this.context),
      documents: [...this.documents],
    };
  }
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
