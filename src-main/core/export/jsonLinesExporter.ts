import { checkSpans, type CheckedDocument } from './checkSpans';
import type { ExportContext, ExportDocument, Exporter } from './exportDocument';
import type { ExportWarning } from './exportWarning';

export interface JsonLine {
  record: unknown;
  warnings: ExportWarning[];
}

/** An exporter that writes one JSON object per document, one per line, to `file`. */
export function createJsonLinesExporter(
  file: string,
  context: ExportContext,
  toLine: (document: ExportDocument, checked: CheckedDocument) => JsonLine,
): Exporter {
  return {
    // Create the file even when no document follows.
    start: () => [{ file, text: '' }],
    addDocument(document) {
      const checked = checkSpans(document, context);
      const { record, warnings } = toLine(document, checked);
      return {
        chunks: [{ file, text: `${JSON.stringify(record)}\n` }],
        warnings: [...checked.warnings, ...warnings],
      };
    },
    finish: () => [],
  };
}
