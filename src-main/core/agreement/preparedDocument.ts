import type { AttributeValue } from '../annotations/annotationSchema';
import type { AgreementDocument } from './agreementInput';
import { sortNumbers } from './sortNumbers';

/** A span reduced to what the measures need; offsets in code points, end exclusive, start < end. */
export interface PreparedSpan {
  labelIndex: number;
  start: number;
  end: number;
  attributes: Readonly<Record<string, AttributeValue>> | undefined;
}

/** One document with every annotator's spans cleaned and sorted by start, then end, then label. */
export interface PreparedDocument {
  id: string;
  textLength: number;
  /** Indexed like the annotator list. */
  spansByAnnotator: PreparedSpan[][];
  hasAnnotationsByAnnotator: boolean[];
  ignoredSpansByAnnotator: number[];
}

/**
 * Cleans one document for the measures: spans are clamped to 0..textLength (code points); spans
 * with an unknown label, non-integer offsets or nothing left after clamping are counted as ignored.
 */
export function prepareDocument(
  document: AgreementDocument,
  annotators: readonly string[],
  labelIndexById: ReadonlyMap<string, number>,
): PreparedDocument {
  const { textLength } = document;
  if (!Number.isInteger(textLength) || textLength < 0) {
    throw new RangeError(`document "${document.id}" has an invalid text length ${textLength}`);
  }
  const spansByAnnotator: PreparedSpan[][] = [];
  const hasAnnotationsByAnnotator: boolean[] = [];
  const ignoredSpansByAnnotator: number[] = [];
  for (const annotator of annotators) {
    // hasOwn, not `in`: an annotator called "constructor" must not find Object.prototype's.
    const hasAnnotations = Object.hasOwn(document.annotationsByAnnotator, annotator);
    const spans = hasAnnotations ? (document.annotationsByAnnotator[annotator] ?? []) : [];
    const prepared: PreparedSpan[] = [];
    for (const span of spans) {
      const labelIndex = labelIndexById.get(span.label);
      if (labelIndex === undefined || !Number.isInteger(span.start)) continue;
      if (!Number.isInteger(span.end)) continue;
      const start = Math.min(Math.max(span.start, 0), textLength);
      const end = Math.min(Math.max(span.end, 0), textLength);
      if (end <= start) continue;
      prepared.push({ labelIndex, start, end, attributes: span.attributes });
    }
    spansByAnnotator.push(sortByExtent(prepared, textLength, labelIndexById.size));
    hasAnnotationsByAnnotator.push(hasAnnotations);
    ignoredSpansByAnnotator.push(spans.length - prepared.length);
  }
  return {
    id: document.id,
    textLength,
    spansByAnnotator,
    hasAnnotationsByAnnotator,
    ignoredSpansByAnnotator,
  };
}

/** Sorts by start, then end, then label, keeping input order among equal spans. */
function sortByExtent(spans: PreparedSpan[], textLength: number, labelCount: number) {
  // Parley writes files sorted by start and end, so most documents need no sort at all.
  if (isSortedByExtent(spans)) return spans;
  const count = spans.length;
  const keyLimit = (textLength + 1) * (textLength + 1) * Math.max(1, labelCount) * count;
  if (keyLimit > Number.MAX_SAFE_INTEGER) {
    return spans.sort((a, b) => a.start - b.start || a.end - b.end || a.labelIndex - b.labelIndex);
  }
  // One number per span, ending in its index, so a numeric sort is stable and needs no comparator.
  const keys = spans.map(
    (span, index) =>
      ((span.start * (textLength + 1) + span.end) * labelCount + span.labelIndex) * count + index,
  );
  return sortNumbers(keys).map((key) => spans[key % count]!);
}

function isSortedByExtent(spans: readonly PreparedSpan[]): boolean {
  for (let index = 1; index < spans.length; index++) {
    const previous = spans[index - 1]!;
    const span = spans[index]!;
    const order =
      previous.start - span.start ||
      previous.end - span.end ||
      previous.labelIndex - span.labelIndex;
    if (order > 0) return false;
  }
  return true;
}
