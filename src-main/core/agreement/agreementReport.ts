/**
 * The agreement report: plain, JSON-serialisable data. `parley agree --json` prints it as is, and
 * docs/agreement.md describes every field. Every ratio is `null` when it is undefined (0/0); it is
 * never silently replaced by 0 or 1.
 */

export const AGREEMENT_REPORT_FORMAT = 'parley-agreement-report';
export const AGREEMENT_REPORT_VERSION = 1;

export interface AgreementReport {
  format: typeof AGREEMENT_REPORT_FORMAT;
  version: typeof AGREEMENT_REPORT_VERSION;
  annotators: string[];
  labels: string[];
  /** Attribute ids, in the order of `attributes` in every pair. */
  attributes: string[];
  /** All selected documents taken together. */
  project: AgreementFigures;
  documents: DocumentAgreement[];
}

export interface DocumentAgreement extends AgreementFigures {
  documentId: string;
}

export interface AgreementFigures {
  /** Number of documents these figures cover (1 for a document). */
  documentCount: number;
  /** Total text length in code points. */
  codePoints: number;
  annotators: AnnotatorSummary[];
  /** One entry per pair (earlier annotator first, as reference), in annotator order. */
  pairs: PairAgreement[];
  /** Over code points, categories = label sets; null with fewer than three annotators. */
  fleissKappa: KappaFigure | null;
  unitizingAlpha: UnitizingAlphaReport;
}

export interface AnnotatorSummary {
  annotator: string;
  /** Documents in which this annotator has an annotation file. */
  documentsWithAnnotations: number;
  /** Spans used for agreement (known label, non-empty after clamping to the text). */
  spans: number;
  /** Spans left out: unknown label, non-integer offsets, or empty after clamping. */
  ignoredSpans: number;
}

export interface PairAgreement {
  first: string;
  second: string;
  spans: { exact: SpanScores; overlap: SpanScores };
  cohenKappa: {
    /** Category of a code point = the set of labels covering it. */
    labelSets: KappaFigure;
    /** Binary per label: is the code point covered by a span of that label? */
    byLabel: LabelKappa[];
  };
  labelConfusion: LabelConfusion;
  /** One entry per attribute definition, in definition order. */
  attributes: AttributeAgreement[];
}

/** Counts are spans; precision = matched / secondSpans, recall = matched / firstSpans. */
export interface SpanScore {
  firstSpans: number;
  secondSpans: number;
  matched: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface LabelSpanScore extends SpanScore {
  label: string;
}

export interface SpanScores {
  byLabel: LabelSpanScore[];
  /** From the counts summed over labels. */
  micro: SpanScore;
  /** Means of the per-label figures, over the labels where that figure is defined. */
  macro: { precision: number | null; recall: number | null; f1: number | null };
}

/** `total` is what was compared: code points for text, span pairs for attributes. */
export interface KappaFigure {
  total: number;
  observedAgreement: number | null;
  expectedAgreement: number | null;
  kappa: number | null;
}

export interface LabelKappa extends KappaFigure {
  label: string;
}

/** Span counts; `null` in rows/columns is "no span paired" (none). counts[row][column]. */
export interface LabelConfusion {
  rows: (string | null)[];
  columns: (string | null)[];
  counts: number[][];
}

/** Counts are overlap-matched span pairs (same label). */
export interface AttributeAgreement {
  attribute: string;
  type: 'text' | 'choice' | 'boolean';
  matchedPairs: number;
  /** Pairs where both spans carry a value; agreement and kappa use only these. */
  comparedPairs: number;
  agreeingPairs: number;
  missingOnFirst: number;
  missingOnSecond: number;
  missingOnBoth: number;
  /** Percentage agreement as a proportion 0–1: agreeingPairs / comparedPairs. */
  observedAgreement: number | null;
  /** Cohen's kappa over the compared pairs; always null for text attributes. */
  kappa: KappaFigure | null;
}

export interface UnitizingAlphaFigure {
  observedDisagreement: number | null;
  expectedDisagreement: number | null;
  alpha: number | null;
}

export interface LabelUnitizingAlpha extends UnitizingAlphaFigure {
  label: string;
}

export interface UnitizingAlphaReport {
  byLabel: LabelUnitizingAlpha[];
  /** 1 − ΣD_o / ΣD_e over the labels (Krippendorff 2004's α_u over all categories). */
  allLabels: UnitizingAlphaFigure;
}
