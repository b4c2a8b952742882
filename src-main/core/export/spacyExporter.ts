import type { ExportContext, Exporter } from './exportDocument';
import { createJsonLinesExporter } from './jsonLinesExporter';
import { unheldFieldWarnings } from './unheldFieldWarnings';

/**
 * spaCy span-categorizer JSONL under the default key `sc`. `start_char`/`end_char` are code
 * points, which is what Python strings and spaCy's `doc.char_span` count.
 */
export function createSpacyExporter(context: ExportContext, file = 'spacy.jsonl'): Exporter {
  return createJsonLinesExporter(file, context, (document, checked) => ({
    record: {
      text: document.text,
      spans: {
        sc: checked.spans.map(({ annotation, start, end }) => ({
          start_char: start,
          end_char: end,
          label: annotation.label,
        })),
      },
      meta: { id: document.id },
    },
    warnings: checked.spans.flatMap((span) => unheldFieldWarnings(document.id, span, 'spaCy')),
  }));
}
