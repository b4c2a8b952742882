import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  annotationFileNameFor,
  annotationFilePath,
  annotatorNameSchema,
  documentIdFromFileName,
} from './annotationPaths';

describe('annotation paths', () => {
  it.each([
    ['288', '288.json'],
    ['report.v2', 'report.v2.json'],
    ['a/b', 'a%2Fb.json'],
    ['..', '%2E..json'],
    ['.hidden', '%2Ehidden.json'],
    ['Genève 🕊️', 'Gen%C3%A8ve%20%F0%9F%95%8A%EF%B8%8F.json'],
    ['C:\\x', 'C%3A%5Cx.json'],
  ])('maps document id %j to the file name %j', (id, fileName) => {
    expect(annotationFileNameFor(id)).toBe(fileName);
    expect(documentIdFromFileName(fileName)).toBe(id);
  });

  it('round-trips any id and never escapes the folder (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (id) => {
        const fileName = annotationFileNameFor(id);
        expect(fileName).not.toMatch(/[/\\]/);
        expect(fileName.startsWith('.')).toBe(false);
        expect(documentIdFromFileName(fileName)).toBe(id);
      }),
    );
  });

  it.each([
    ['alice', true],
    ['gold', true],
    ['a.b_c-1', true],
    ['', false],
    ['../x', false],
    ['.hidden', false],
    ['has space', false],
    ['x'.repeat(65), false],
  ])('annotator name %j is valid: %s', (name, valid) => {
    expect(annotatorNameSchema.safeParse(name).success).toBe(valid);
  });

  it('builds the annotation file path', () => {
    expect(annotationFilePath('alice', '288')).toBe('annotations/alice/288.json');
  });
});
