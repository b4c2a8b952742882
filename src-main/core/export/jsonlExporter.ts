import type { ExportContext, Exporter } from './exportDocument';
import { createJsonLinesExporter } from './jsonLinesExporter';
import { orderAttributes } from './orderAttributes';

/**
 * Parley's dataset format: one document per line with its text and spans; offsets are code
 * points (Python `text[start:end]`). Lossless: every attribute and note is kept.
 */
export function createJsonlExporter(context: ExportContext, file = 'annotations.jsonl'): Exporter {
  return createJsonLinesExporter(file, context, (document, checked) => ({
    record: {
      id: document.id,
      path: document.path,
      title: document.title,
      meta: document.meta,
      text: document.text,
      textSha256: document.textSha256,
      annotator: document.annotator,
      spans: checked.spans.map(({ annotation, start, end }) => ({
        id: annotation.id,
        start,
        end,
        label: annotation.label,
        text: annotation.text,
        attributes: Object.fromEntries(orderAttributes(annotation.attributes, context.attributes)),
        note: annotation.note ?? null,
      })),
    },
    warnings: [],
  }));
}
