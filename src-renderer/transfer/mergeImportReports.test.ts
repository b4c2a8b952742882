import { describe, expect, it } from 'vitest';
import { mergeImportReports } from './mergeImportReports';

const target = (file: string) => ({ file, documentId: file, annotator: 'erin', spans: 2 });

describe('mergeImportReports', () => {
  it('keeps what was written, adds what was replaced, and leaves the rest undecided', () => {
    const first = {
      written: [{ ...target('a'), matchedBy: 'id' as const, replaced: false, flagged: 0 }],
      needsDecision: [target('b'), target('c')],
      unmatched: ['x'],
      problems: [{ path: 'x.json', message: 'old' }],
    };
    const second = {
      written: [{ ...target('b'), matchedBy: 'text' as const, replaced: true, flagged: 1 }],
      needsDecision: [target('c')],
      unmatched: ['x'],
      problems: [{ path: 'x.json', message: 'new' }],
    };
    expect(mergeImportReports(first, second)).toEqual({
      written: [...first.written, ...second.written],
      needsDecision: [target('c')],
      unmatched: ['x'],
      problems: [{ path: 'x.json', message: 'new' }],
    });
  });
});
