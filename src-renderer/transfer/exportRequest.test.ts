import { describe, expect, it } from 'vitest';
import type { ExportFormatDescription } from '../../src-main/contract/parleyContract';
import {
  EVERY_ANNOTATOR,
  exportChoicesProblems,
  exportRequestFrom,
  type ExportChoices,
} from './exportRequest';

const JSONL: ExportFormatDescription = {
  format: 'jsonl',
  title: 'Parley dataset (JSONL)',
  layout: 'file',
  extensions: ['.jsonl'],
  defaultFileName: 'annotations.jsonl',
  options: [],
};
const CSV: ExportFormatDescription = { ...JSONL, format: 'csv', options: ['excel'] };
const HF: ExportFormatDescription = {
  ...JSONL,
  format: 'hf',
  layout: 'folder',
  extensions: [],
  defaultFileName: 'hf',
  options: ['overlap', 'locale'],
};
const ALL = ['demand', 'denial'];

function choices(patch: Partial<ExportChoices> = {}): ExportChoices {
  return {
    format: JSONL,
    fileName: 'annotations.jsonl',
    annotator: 'alice',
    labels: ALL,
    allLabels: ALL,
    documentId: undefined,
    includeUnannotated: false,
    excel: false,
    overlap: 'longest',
    locale: 'en',
    ...patch,
  };
}

describe('exportRequestFrom', () => {
  it.each([
    ['defaults', choices(), { format: 'jsonl', fileName: 'annotations.jsonl', annotator: 'alice' }],
    [
      'every annotator, one label, one document, unannotated',
      choices({
        annotator: EVERY_ANNOTATOR,
        labels: ['denial'],
        documentId: '288',
        includeUnannotated: true,
      }),
      {
        format: 'jsonl',
        fileName: 'annotations.jsonl',
        labels: ['denial'],
        documents: ['288'],
        includeUnannotated: true,
      },
    ],
    [
      'csv takes excel, not overlap or locale',
      choices({ format: CSV, fileName: 'a.csv', excel: true, locale: 'de' }),
      { format: 'csv', fileName: 'a.csv', annotator: 'alice', excel: true },
    ],
    [
      'hf takes overlap and locale',
      choices({ format: HF, fileName: 'hf', overlap: 'first', locale: 'de-CH', excel: true }),
      { format: 'hf', fileName: 'hf', annotator: 'alice', overlap: 'first', locale: 'de-CH' },
    ],
  ])('%s', (_name, input, expected) => {
    expect(exportRequestFrom(input)).toEqual(expected);
  });
});

describe('exportChoicesProblems', () => {
  it.each([
    [choices(), {}],
    [choices({ fileName: 'a/b.jsonl' }), { fileName: expect.stringContaining('not a path') }],
    [choices({ fileName: 'a.csv' }), { fileName: 'must end in ".jsonl" for jsonl' }],
    [choices({ labels: [] }), { labels: 'choose at least one label' }],
    [choices({ format: HF, fileName: 'hf', locale: 'not a tag' }), { locale: expect.any(String) }],
    [choices({ locale: 'not a tag' }), {}],
  ])('%#', (input, expected) => {
    expect(exportChoicesProblems(input)).toEqual(expected);
  });
});
