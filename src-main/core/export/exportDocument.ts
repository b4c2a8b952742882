import type { Annotation } from '../annotations/annotationSchema';
import type { AttributeDefinition, LabelDefinition } from '../project/projectConfigSchema';
import type { ExportWarning } from './exportWarning';

/** One annotator's annotations on one document, as the exporters receive it. */
export interface ExportDocument {
  id: string;
  /** Path of the document relative to the project, for formats that point at the source. */
  path: string;
  title: string;
  meta: Record<string, unknown>;
  /** The normalized document text (LF line ends); annotation offsets index it in code points. */
  text: string;
  textSha256: string;
  annotator: string;
  annotations: Annotation[];
}

/**
 * How the token formats (conll, hf) choose among spans that share a token:
 * `longest` keeps the longest span (ties: project label order), `first` the earliest-starting,
 * `label-order` the span whose label comes first in the project.
 */
export type OverlapPolicy = 'longest' | 'first' | 'label-order';

export interface ExportOptions {
  /** Label ids to export; spans with other labels are left out without a warning. Default: all. */
  labels?: readonly string[];
  /** csv: start with a UTF-8 BOM and neutralise cells Excel would run as formulas. */
  excel?: boolean;
  /** conll, hf: which span wins when spans share a token. Default `longest`. */
  overlap?: OverlapPolicy;
  /** conll, hf: locale for Intl.Segmenter word and sentence boundaries. Default `en`. */
  locale?: string;
}

/** What every exporter knows besides the documents: the project's label set and attributes. */
export interface ExportContext {
  labels: readonly LabelDefinition[];
  attributes: readonly AttributeDefinition[];
  /**
   * The annotators whose documents the export holds, when known before the first document.
   * With several, brat writes a folder per annotator.
   */
  annotators?: readonly string[];
  options?: ExportOptions;
}

/**
 * Text to append to `file`, a path relative to the export target using `/` separators.
 * Chunks for one file arrive in order; the first creates the file. Write them as UTF-8.
 */
export interface OutputChunk {
  file: string;
  text: string;
}

/** What one document turned into: output to append, and every lossy step taken on the way. */
export interface DocumentOutput {
  chunks: OutputChunk[];
  warnings: ExportWarning[];
}

/**
 * A streaming exporter: call `start` once, `addDocument` per document, `finish` once.
 * It keeps only what a format needs across documents (ids seen, labels met), never the texts.
 */
export interface Exporter {
  start(): OutputChunk[];
  addDocument(document: ExportDocument): DocumentOutput;
  finish(): OutputChunk[];
}
