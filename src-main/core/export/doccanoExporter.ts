import type { ExportContext, Exporter } from './exportDocument';
import { createJsonLinesExporter } from './jsonLinesExporter';
import { unheldFieldWarnings } from './unheldFieldWarnings';

/** doccano's sequence-labelling JSONL: `label` is `[start, end, label]` in code points. */
export function createDoccanoExporter(context: ExportContext, file = 'doccano.jsonl'): Exporter {
  return createJsonLinesExporter(file, context, (document, checked) => ({
    record: {
      id: document.id,
      text: document.text,
      label: checked.spans.map(({ annotation, start, end }) => [start, end, annotation.label]),
    },
    warnings: checked.spans.flatMap((span) => unheldFieldWarnings(document.id, span, 'doccano')),
  }));
}
