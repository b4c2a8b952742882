import type { CodePointIndex } from '../text/codePoints';
import type { ImportedSpan, ImportProblem } from './importedDocument';

/**
 * True when `span` fits the document (offsets in code points, start ≤ end ≤ length); fills in
 * `span.text` from the document when the file did not state it. Without a text, only start ≤ end.
 */
export function checkSpanRange(
  span: ImportedSpan,
  index: CodePointIndex | undefined,
  path: string,
  problems: ImportProblem[],
): boolean {
  if (span.start > span.end) {
    problems.push({ path, message: `start ${span.start} is after end ${span.end}; span skipped` });
    return false;
  }
  if (!index) return true;
  if (span.end > index.codePointLength) {
    problems.push({
      path,
      message: `span ${span.start}..${span.end} ends beyond the text (${index.codePointLength} code points); span skipped`,
    });
    return false;
  }
  span.text ??= index.slice(span.start, span.end);
  return true;
}
