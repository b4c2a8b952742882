import type { AgreementDocument, AgreementInput } from './agreementInput';
import {
  AGREEMENT_REPORT_FORMAT,
  AGREEMENT_REPORT_VERSION,
  type AgreementReport,
  type DocumentAgreement,
  type LabelUnitizingAlpha,
  type UnitizingAlphaReport,
} from './agreementReport';
import {
  addFiguresTally,
  agreementFigures,
  emptyFiguresTally,
  tallyDocument,
  type DocumentTallyContext,
  type FiguresTally,
} from './agreementFigures';
import {
  addUnitizingTally,
  emptyUnitizingTally,
  pooledUnitizingAlpha,
  tallyUnitizingByLabel,
  unitizingAlpha,
  type UnitizingTally,
} from './krippendorffUnitizingAlpha';
import { LabelSetCatalogue } from './labelSetCatalogue';
import { LabelSetSweep } from './labelSetRuns';
import { prepareDocument } from './preparedDocument';
import { OverlapMatcher } from './spanMatching';

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
  private readonly context: DocumentTallyContext;
  private readonly labelIndexById: Map<string, number>;
  private readonly projectTally: FiguresTally;
  private readonly projectUnitizing: UnitizingTally[];
  private readonly documents: DocumentAgreement[] = [];

  constructor(private readonly settings: Omit<AgreementInput, 'documents'>) {
    requireDistinct('annotator', settings.annotators);
    requireDistinct('label', settings.labels);
    const attributeIds = settings.attributes.map((attribute) => attribute.id);
    requireDistinct('attribute', attributeIds);
    const catalogue = new LabelSetCatalogue(settings.labels.length);
    this.context = {
      annotators: settings.annotators,
      labels: settings.labels,
      attributes: settings.attributes,
      attributeIndexById: new Map(attributeIds.map((id, index) => [id, index])),
      catalogue,
      labelSetSweep: new LabelSetSweep(catalogue),
      overlapMatcher: new OverlapMatcher(),
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
    // α_u per label: each label's spans are that label's units.
    const unitizing = tallyUnitizingByLabel(
      prepared.textLength,
      prepared.spansByAnnotator,
      this.settings.labels.length,
    );
    unitizing.forEach((labelTally, labelIndex) =>
      addUnitizingTally(this.projectUnitizing[labelIndex]!, labelTally),
    );
    const alpha = unitizingAlphaReport(unitizing, this.settings.labels);
    const figures = agreementFigures(tally, alpha, this.context);
    this.documents.push({
      documentId: document.id,
      documentCount: figures.documentCount,
      codePoints: figures.codePoints,
      annotators: figures.annotators,
      pairs: figures.pairs,
      fleissKappa: figures.fleissKappa,
      unitizingAlpha: figures.unitizingAlpha,
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

function unitizingAlphaReport(
  tallies: readonly UnitizingTally[],
  labels: readonly string[],
): UnitizingAlphaReport {
  const byLabel = labels.map((label, labelIndex): LabelUnitizingAlpha => {
    const figure = unitizingAlpha(tallies[labelIndex]!);
    // One literal, label first: `{ label, ...figure }` builds slower, larger objects to keep.
    return {
      label,
      observedDisagreement: figure.observedDisagreement,
      expectedDisagreement: figure.expectedDisagreement,
      alpha: figure.alpha,
    };
  });
  return { byLabel, allLabels: pooledUnitizingAlpha(byLabel) };
}

function requireDistinct(what: string, ids: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) throw new RangeError(`${what} "${id}" is listed twice`);
    seen.add(id);
  }
}
