import type { AttributeValue } from '../annotations/annotationSchema';

/** A span as another tool wrote it. Offsets are code points into the document text, end exclusive. */
export interface ImportedSpan {
  start: number;
  end: number;
  label: string;
  /** The covered text, when the file states it or the document text is known. */
  text?: string;
  attributes?: Record<string, AttributeValue>;
  note?: string;
}

/** One annotator's spans on one document, before it is matched to a project document. */
export interface ImportedDocument {
  /** The document's id or name in the other tool, when the file gives one. */
  sourceId?: string;
  text?: string;
  annotator?: string;
  spans: ImportedSpan[];
}

/** Something in the input that was skipped or changed; `path` is a JSON path or a line number. */
export interface ImportProblem {
  path: string;
  message: string;
}

export interface ImportResult {
  documents: ImportedDocument[];
  problems: ImportProblem[];
}
