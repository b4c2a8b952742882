import type { CodePointIndex } from '../text/codePoints';
import type { Annotation, AttributeValue } from './annotationSchema';
import { spanTextAndContext } from './spanContext';

export interface NewAnnotation {
  id: string;
  label: string;
  /** Code points into the document text, end exclusive. */
  start: number;
  end: number;
  attributes?: Record<string, AttributeValue>;
  note?: string;
  /** ISO 8601 timestamp. */
  now: string;
}

/** Builds a span with its text and context taken from the document, so it can be re-anchored later. */
export function createAnnotation(index: CodePointIndex, span: NewAnnotation): Annotation {
  if (!(span.start >= 0 && span.start < span.end && span.end <= index.codePointLength)) {
    throw new RangeError(
      `span [${span.start}, ${span.end}) is not inside the document (0..${index.codePointLength})`,
    );
  }
  return {
    id: span.id,
    label: span.label,
    start: span.start,
    end: span.end,
    ...spanTextAndContext(index, span.start, span.end),
    attributes: span.attributes ?? {},
    note: span.note ?? '',
    createdAt: span.now,
    updatedAt: span.now,
  };
}
