import type { ImportReport } from '../../src-main/contract/parleyContract';

/**
 * The report after "Replace selected": what the first import wrote plus what the second one
 * wrote, and what still needs a decision. Problems and unmatched documents are the second's,
 * which read the same files.
 */
export function mergeImportReports(first: ImportReport, second: ImportReport): ImportReport {
  const rewritten = new Set(second.written.map((target) => target.file));
  return {
    written: [...first.written.filter((target) => !rewritten.has(target.file)), ...second.written],
    needsDecision: second.needsDecision.filter((target) => !rewritten.has(target.file)),
    unmatched: second.unmatched,
    problems: second.problems,
  };
}
