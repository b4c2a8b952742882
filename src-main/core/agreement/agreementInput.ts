import type { AttributeValue } from '../annotations/annotationSchema';

/**
 * The part of an annotation that agreement looks at. `start`/`end` are Unicode code points into
 * the document text, end exclusive. A full `Annotation` is assignable to it.
 */
export interface AgreementSpan {
  label: string;
  start: number;
  end: number;
  attributes?: Readonly<Record<string, AttributeValue>>;
}

/** One selected document; `textLength` is in code points. */
export interface AgreementDocument {
  id: string;
  textLength: number;
  /** Spans by annotator id. An annotator missing here has no file and counts as tagging nothing. */
  annotationsByAnnotator: Readonly<Record<string, readonly AgreementSpan[]>>;
}

/** An attribute as the project defines it; `choices` is informational, values are compared as is. */
export interface AgreementAttributeDefinition {
  id: string;
  type: 'text' | 'choice' | 'boolean';
  choices?: readonly string[];
}

/** Everything one agreement report is computed from. */
export interface AgreementInput {
  documents: readonly AgreementDocument[];
  /** Annotator ids in report order; in every pair the earlier one is the reference. */
  annotators: readonly string[];
  /** Label ids in report order; spans with any other label are ignored (and counted as such). */
  labels: readonly string[];
  attributes: readonly AgreementAttributeDefinition[];
}
