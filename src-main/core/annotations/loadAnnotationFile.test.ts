import { describe, expect, it } from 'vitest';
import type { Article } from '../articles/article';
import { CodePointIndex, codePointLength } from '../text/codePoints';
import { sha256OfText } from '../text/sha256';
import type { Annotation } from './annotationSchema';
import { createAnnotation } from './createAnnotation';
import { loadAnnotationFile } from './loadAnnotationFile';
import { serializeAnnotationFile } from './serializeAnnotationFile';

function articleOf(text: string): Article {
  return {
    id: 'd1',
    path: 'd1.txt',
    title: 't',
    text,
    textSha256: sha256OfText(text),
    textLength: codePointLength(text),
    meta: {},
  };
}

function fileText(article: Article, annotations: Annotation[], textSha256 = article.textSha256) {
  return serializeAnnotationFile({
    format: 'parley-annotations',
    version: 1,
    document: { id: article.id, textSha256 },
    annotator: 'alice',
    annotations,
  });
}

const SENTENCE = 'Negotiators met on Tuesday; one side demanded a withdrawal. ';

describe('re-anchoring work per file is bounded', () => {
  it('flags, without searching, misplaced spans past the budget of a hostile file', () => {
    const article = articleOf(SENTENCE.repeat(70));
    const annotations = Array.from({ length: 20_000 }, (_, position) => ({
      id: `many-${position}`,
      label: 'demand',
      start: position,
      end: position + 1,
      text: 'e',
      prefix: 'x',
      suffix: 'y',
    }));
    const began = performance.now();
    const loaded = loadAnnotationFile(fileText(article, annotations), 'hostile.json', article);
    const elapsed = performance.now() - began;
    if (!loaded.ok) throw new Error('expected the file to load');
    const flaggedIds = new Set(loaded.flagged.map((flag) => flag.annotationId));
    const index = new CodePointIndex(article.text);
    for (const annotation of loaded.file.annotations) {
      if (flaggedIds.has(annotation.id)) continue;
      expect(index.slice(annotation.start, annotation.end)).toBe(annotation.text);
    }
    const unsearched = loaded.flagged.filter((flag) => flag.message.includes('too many'));
    expect(unsearched.length).toBeGreaterThan(15_000);
    expect(loaded.flagged.length).toBeLessThanOrEqual(20_000);
    // Without the budget this took 3–9 s; the bound is loose for busy CI machines.
    expect(elapsed).toBeLessThan(5000);
  });

  it('re-anchors every span of a real file whose document changed', () => {
    const sentences = Array.from(
      { length: 300 },
      (_, position) => `Delegation ${position} demanded talks. `,
    );
    const before = articleOf(sentences.join(''));
    const after = articleOf(`A new first line.\n${sentences.join('')}`);
    const index = new CodePointIndex(before.text);
    const annotations = sentences.map((sentence, position) => {
      const start = codePointLength(sentences.slice(0, position).join(''));
      return createAnnotation(index, {
        id: `s${position}`,
        label: 'demand',
        start,
        end: start + codePointLength(sentence) - 1,
        now: '2026-11-27T10:00:00.000Z',
      });
    });
    const loaded = loadAnnotationFile(fileText(before, annotations), 'real.json', after);
    if (!loaded.ok) throw new Error('expected the file to load');
    expect(loaded.flagged).toEqual([]);
    const afterIndex = new CodePointIndex(after.text);
    for (const annotation of loaded.file.annotations)
      expect(afterIndex.slice(annotation.start, annotation.end)).toBe(annotation.text);
  });
});
