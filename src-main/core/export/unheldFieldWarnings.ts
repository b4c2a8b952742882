import type { ExportWarning } from './exportWarning';
import type { CheckedSpan } from './checkSpans';

/** Warnings for the attributes and note of `span` that a format has no place for. */
export function unheldFieldWarnings(
  documentId: string,
  span: CheckedSpan,
  formatName: string,
): ExportWarning[] {
  const warnings: ExportWarning[] = [];
  const spanId = span.annotation.id;
  const attributeIds = Object.keys(span.annotation.attributes ?? {});
  if (attributeIds.length > 0) {
    warnings.push({
      documentId,
      spanId,
      kind: 'attribute-dropped',
      message: `${formatName} cannot hold attributes; left out ${attributeIds.join(', ')}`,
    });
  }
  if (span.annotation.note !== undefined && span.annotation.note !== '') {
    warnings.push({
      documentId,
      spanId,
      kind: 'note-dropped',
      message: `${formatName} cannot hold notes; left out the note`,
    });
  }
  return warnings;
}
