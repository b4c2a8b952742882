// The browser build: csv-stringify's Node entry reads the global `Buffer` when it loads, which
// the renderer and workers lack. This entry bundles its own and imports nothing.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { AttributeValue } from '../annotations/annotationSchema';
import { checkSpans } from './checkSpans';
import type { ExportContext, Exporter } from './exportDocument';
import type { ExportWarning } from './exportWarning';

const FIXED_COLUMNS = ['document_id', 'annotator', 'label', 'start', 'end', 'text'] as const;
const NOTE_COLUMN = 'note';
const BYTE_ORDER_MARK = '\uFEFF';
// What Excel and LibreOffice treat as the start of a formula (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

function attributeCell(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'boolean' ? String(value) : value;
}

/**
 * One span per row, RFC 4180 (CRLF rows, quotes doubled). start/end are code points.
 * With `excel`, a BOM tells Excel the file is UTF-8 and formula-like cells get a leading `'`.
 */
export function createCsvExporter(context: ExportContext, file = 'annotations.csv'): Exporter {
  const excel = context.options?.excel === true;
  const reserved = new Set<string>([...FIXED_COLUMNS, NOTE_COLUMN]);
  const attributeColumns = context.attributes.map((attribute) =>
    reserved.has(attribute.id) ? `attribute_${attribute.id}` : attribute.id,
  );
  const definedAttributes = new Set(context.attributes.map((attribute) => attribute.id));
  const toCsv = (rows: (string | number)[][]): string =>
    stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true });

  return {
    start: () => [
      {
        file,
        text:
          (excel ? BYTE_ORDER_MARK : '') +
          toCsv([[...FIXED_COLUMNS, ...attributeColumns, NOTE_COLUMN]]),
      },
    ],
    addDocument(document) {
      const { spans, warnings } = checkSpans(document, context);
      const extraWarnings: ExportWarning[] = [];
      const rows = spans.map(({ annotation, start, end }) => {
        const warn = (kind: ExportWarning['kind'], message: string): void => {
          extraWarnings.push({ documentId: document.id, spanId: annotation.id, kind, message });
        };
        const undefinedAttributes = Object.keys(annotation.attributes ?? {}).filter(
          (id) => !definedAttributes.has(id),
        );
        if (undefinedAttributes.length > 0) {
          warn(
            'attribute-dropped',
            `no column for attributes the project does not define: ${undefinedAttributes.join(', ')}`,
          );
        }
        const cell = (value: string, column: string): string => {
          if (!excel || !FORMULA_START.test(value)) return value;
          warn('formula-escaped', `the ${column} cell starts like a formula; prefixed with '`);
          return `'${value}`;
        };
        return [
          cell(document.id, 'document_id'),
          cell(document.annotator, 'annotator'),
          cell(annotation.label, 'label'),
          start,
          end,
          cell(annotation.text, 'text'),
          ...context.attributes.map((attribute, index) =>
            cell(attributeCell(annotation.attributes?.[attribute.id]), attributeColumns[index]!),
          ),
          cell(annotation.note ?? '', NOTE_COLUMN),
        ];
      });
      return {
        chunks: rows.length > 0 ? [{ file, text: toCsv(rows) }] : [],
        warnings: [...warnings, ...extraWarnings],
      };
    },
    finish: () => [],
  };
}
