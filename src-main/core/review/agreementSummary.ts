import type { AgreementFigures, AgreementReport } from '../agreement/agreementReport';

/** Ratios 0–1 (kappa and α may be negative); null where undefined. */
export interface AgreementRow {
  name: string;
  exactF1: number | null;
  overlapF1: number | null;
  kappa: number | null;
  /** Krippendorff's α_u; per label only. */
  alpha: number | null;
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length === 0
    ? null
    : defined.reduce((sum, value) => sum + value, 0) / defined.length;
}

/** Per label: F1 and kappa as means over the pairs, and the label's α_u. */
export function labelRows(figures: AgreementFigures, labels: readonly string[]): AgreementRow[] {
  return labels.map((label) => ({
    name: label,
    exactF1: mean(
      figures.pairs.map(
        (pair) => pair.spans.exact.byLabel.find((entry) => entry.label === label)?.f1 ?? null,
      ),
    ),
    overlapF1: mean(
      figures.pairs.map(
        (pair) => pair.spans.overlap.byLabel.find((entry) => entry.label === label)?.f1 ?? null,
      ),
    ),
    kappa: mean(
      figures.pairs.map(
        (pair) => pair.cohenKappa.byLabel.find((entry) => entry.label === label)?.kappa ?? null,
      ),
    ),
    alpha: figures.unitizingAlpha.byLabel.find((entry) => entry.label === label)?.alpha ?? null,
  }));
}

/** Per annotator pair: micro F1 (exact, overlap) and kappa over label sets. */
export function pairRows(figures: AgreementFigures): AgreementRow[] {
  return figures.pairs.map((pair) => ({
    name: `${pair.first} ~ ${pair.second}`,
    exactF1: pair.spans.exact.micro.f1,
    overlapF1: pair.spans.overlap.micro.f1,
    kappa: pair.cohenKappa.labelSets.kappa,
    alpha: null,
  }));
}

/** Per document: the pairs' micro F1 and label-set kappa, averaged; its pooled α_u. */
export function documentRows(report: AgreementReport): AgreementRow[] {
  return report.documents.map((document) => {
    const pairs = pairRows(document);
    return {
      name: document.documentId,
      exactF1: mean(pairs.map((pair) => pair.exactF1)),
      overlapF1: mean(pairs.map((pair) => pair.overlapF1)),
      kappa: mean(pairs.map((pair) => pair.kappa)),
      alpha: document.unitizingAlpha.allLabels.alpha,
    };
  });
}

/**
 * What the review mode shows of a report: its summary tables (those of the HTML and CSV
 * export) without the detailed figures, which for thousands of documents run to megabytes.
 */
export interface AgreementSummary {
  annotators: string[];
  documentCount: number;
  /** Total text length of the documents compared, in code points. */
  codePoints: number;
  labels: AgreementRow[];
  pairs: AgreementRow[];
  documents: AgreementRow[];
}

export function summarizeAgreement(report: AgreementReport): AgreementSummary {
  return {
    annotators: [...report.annotators],
    documentCount: report.project.documentCount,
    codePoints: report.project.codePoints,
    labels: labelRows(report.project, report.labels),
    pairs: pairRows(report.project),
    documents: documentRows(report),
  };
}
