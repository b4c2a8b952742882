import type { Annotation } from '../annotations/annotationSchema';
import { CodePointIndex } from '../text/codePoints';
import type { ExportContext, ExportDocument } from './exportDocument';
import type { ExportWarning } from './exportWarning';
import { compareCodeUnits } from '../text/compareCodeUnits';

/** A span that matches the document text, with its offsets in both units. */
export interface CheckedSpan {
  annotation: Annotation;
  /** Code points, end exclusive. */
  start: number;
  end: number;
  /** UTF-16 code units, end exclusive. */
  utf16Start: number;
  utf16End: number;
  /** Position of the label in the project; labels the project lacks come after all of them. */
  labelRank: number;
}

export interface CheckedDocument {
  index: CodePointIndex;
  /** Sorted by start, then longer first, then label order, then id: independent of input order. */
  spans: CheckedSpan[];
  warnings: ExportWarning[];
}

/** Ranks label ids by their order in the project; unknown ids rank after every known one. */
export function createLabelRank(context: ExportContext): (label: string) => number {
  const ranks = new Map(context.labels.map((label, rank) => [label.id, rank]));
  return (label) => ranks.get(label) ?? context.labels.length;
}

export function compareSpans(a: CheckedSpan, b: CheckedSpan): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    a.labelRank - b.labelRank ||
    compareCodeUnits(a.annotation.label, b.annotation.label) ||
    compareCodeUnits(a.annotation.id, b.annotation.id)
  );
}

/**
 * Keeps the spans that pass the label filter and whose offsets (code points) select exactly
 * their `text`; every other span becomes a warning, so nothing is exported at wrong offsets.
 */
export function checkSpans(document: ExportDocument, context: ExportContext): CheckedDocument {
  const index = new CodePointIndex(document.text);
  const labelFilter = context.options?.labels ? new Set(context.options.labels) : undefined;
  const knownLabels = new Set(context.labels.map((label) => label.id));
  const labelRank = createLabelRank(context);
  const spans: CheckedSpan[] = [];
  const warnings: ExportWarning[] = [];
  // One function for the whole document, not a closure per span.
  const warn = (annotation: Annotation, kind: ExportWarning['kind'], message: string): void => {
    warnings.push({ documentId: document.id, spanId: annotation.id, kind, message });
  };
  for (const annotation of document.annotations) {
    if (labelFilter && !labelFilter.has(annotation.label)) continue;
    const { start, end } = annotation;
    if (start > end || end > index.codePointLength) {
      warn(
        annotation,
        'invalid-offsets',
        `span ${start}..${end} lies outside the text (${index.codePointLength} code points); skipped`,
      );
      continue;
    }
    if (start === end) {
      warn(annotation, 'empty-span', `span ${start}..${end} is empty; skipped`);
      continue;
    }
    const utf16Start = index.toUtf16(start);
    const utf16End = index.toUtf16(end);
    const actual = document.text.slice(utf16Start, utf16End);
    if (actual !== annotation.text) {
      warn(
        annotation,
        'text-mismatch',
        `span text ${JSON.stringify(annotation.text)} differs from the document text ${JSON.stringify(actual)} at ${start}..${end}; skipped`,
      );
      continue;
    }
    if (!knownLabels.has(annotation.label)) {
      warn(
        annotation,
        'unknown-label',
        `label "${annotation.label}" is not in the project; exported as is`,
      );
    }
    spans.push({
      annotation,
      start,
      end,
      utf16Start,
      utf16End,
      labelRank: labelRank(annotation.label),
    });
  }
  spans.sort(compareSpans);
  return { index, spans, warnings };
}
