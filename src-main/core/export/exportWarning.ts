/** Every way an export can lose or change information. */
export const EXPORT_WARNING_KINDS = [
  /** The span's `text` is not the document text at its offsets: skipped, never exported shifted. */
  'text-mismatch',
  /** start > end, or end beyond the document: skipped. */
  'invalid-offsets',
  /** start = end: skipped. */
  'empty-span',
  /** The label is not in the project: exported anyway, flagged because it is likely a mistake. */
  'unknown-label',
  /** An attribute the format cannot hold, or one the project does not define, was left out. */
  'attribute-dropped',
  /** The span's note was left out: the format has no place for it. */
  'note-dropped',
  /** Token formats: the span shares a token with a span the overlap policy kept. */
  'overlap-dropped',
  /** Token formats: a span boundary falls inside a token, so the span grew to whole tokens. */
  'token-boundary',
  /** Token formats: the span covers only whitespace, so no token carries it. */
  'no-tokens',
  /** brat: leading or trailing line breaks were cut off because a brat span cannot hold them. */
  'span-trimmed',
  /** A value was rewritten to fit the format (line breaks, spaces in brat values). */
  'value-changed',
  /** A value cannot be read back unambiguously (e.g. "; " inside a brat note field). */
  'value-ambiguous',
  /** csv with `excel`: a cell starting like a formula got a leading apostrophe. */
  'formula-escaped',
  /** brat: the document id was not a safe file name, so its files got another name. */
  'file-renamed',
] as const;

export type ExportWarningKind = (typeof EXPORT_WARNING_KINDS)[number];

export interface ExportWarning {
  documentId: string;
  spanId?: string;
  kind: ExportWarningKind;
  message: string;
}

/** How many warnings of each kind there are, for a summary line ("12 spans dropped: overlap"). */
export function countWarnings(
  warnings: readonly ExportWarning[],
): Partial<Record<ExportWarningKind, number>> {
  const counts: Partial<Record<ExportWarningKind, number>> = {};
  for (const warning of warnings) counts[warning.kind] = (counts[warning.kind] ?? 0) + 1;
  return counts;
}
