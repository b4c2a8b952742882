import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../articles/article';
import { CodePointIndex, codePointLength } from '../text/codePoints';
import { sha256OfText } from '../text/sha256';
import type { AnnotationFile } from './annotationSchema';
import { createAnnotation } from './createAnnotation';
import { loadAnnotationFile } from './loadAnnotationFile';
import { serializeAnnotationFile } from './serializeAnnotationFile';

const NOW = '2026-11-27T10:00:00.000Z';

function articleOf(text: string, id = 'd1'): Article {
  return {
    id,
    path: `${id}.txt`,
    title: 't',
    text,
    textSha256: sha256OfText(text),
    textLength: codePointLength(text),
    meta: {},
  };
}

function fileFor(
  article: Article,
  spans: [label: string, start: number, end: number][],
): AnnotationFile {
  const index = new CodePointIndex(article.text);
  return {
    format: 'parley-annotations',
    version: 1,
    document: {
      id: article.id,
      path: article.path,
      title: article.title,
      textSha256: article.textSha256,
      textLength: article.textLength,
    },
    annotator: 'alice',
    labelSet: 'speech-acts',
    updatedAt: NOW,
    annotations: spans.map(([label, start, end], position) =>
      createAnnotation(index, { id: `a${position}`, label, start, end, now: NOW }),
    ),
  };
}

const seedText =
  'Russia denies any such plans. Ryabkov made sweeping demands, including a ban on further NATO expansion.';
const banStart = seedText.indexOf('a ban');
const banEnd = banStart + 'a ban on further NATO expansion'.length;

describe('serializeAnnotationFile', () => {
  it('writes keys in the documented order, sorts spans and ends with a newline', () => {
    const article = articleOf(seedText);
    const file = fileFor(article, [
      ['demand', banStart, banEnd],
      ['denial', 0, 28],
    ]);
    const json = serializeAnnotationFile({
      ...file,
      zExtra: 1,
      aExtra: { keep: true },
    } as AnnotationFile);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'document',
      'annotator',
      'labelSet',
      'updatedAt',
      'annotations',
      'aExtra',
      'zExtra',
    ]);
    expect(parsed.annotations.map((annotation: { label: string }) => annotation.label)).toEqual([
      'denial',
      'demand',
    ]);
    expect(Object.keys(parsed.annotations[0])).toEqual([
      'id',
      'label',
      'start',
      'end',
      'text',
      'prefix',
      'suffix',
      'attributes',
      'note',
      'createdAt',
      'updatedAt',
    ]);
    expect(parsed.annotations[1].text).toBe('a ban on further NATO expansion');
    expect(json).toContain('\n  "format": "parley-annotations",\n');
  });

  it('round-trips through load, keeping unknown fields (property, full Unicode)', () => {
    const spanArbitrary = fc.tuple(
      fc.constantFrom('demand', 'denial', 'threat', 'offer'),
      fc.nat(),
      fc.nat(),
    );
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.array(spanArbitrary, { maxLength: 8 }),
        (text, rawSpans) => {
          const article = articleOf(text);
          const length = article.textLength;
          fc.pre(length > 0);
          const seen = new Set<string>();
          const spans = rawSpans
            .map(([label, a, b]): [string, number, number] => {
              const start = a % length;
              return [label, start, start + 1 + (b % (length - start))];
            })
            .filter(
              ([label, start, end]) =>
                !seen.has(`${label}:${start}:${end}`) && seen.add(`${label}:${start}:${end}`),
            );
          const file = {
            ...fileFor(article, spans),
            futureField: { nested: ['x'] },
          } as AnnotationFile;
          const json = serializeAnnotationFile(file);
          const loaded = loadAnnotationFile(json, 'alice/d1.json', article);
          expect(loaded.ok).toBe(true);
          if (!loaded.ok) return;
          expect(loaded.problems).toEqual([]);
          expect(serializeAnnotationFile(loaded.file)).toBe(json);
          for (const annotation of loaded.file.annotations) {
            expect(annotation.text).toBe(
              Array.from(text).slice(annotation.start, annotation.end).join(''),
            );
          }
        },
      ),
    );
  });
});

describe('loadAnnotationFile', () => {
  const article = articleOf(seedText);
  const valid = () => JSON.parse(serializeAnnotationFile(fileFor(article, [['denial', 0, 28]])));

  it.each([
    ['not JSON', '{', '$', 'is not valid JSON'],
    ['an array', '[]', '$', 'must be a JSON object'],
    [
      'another format',
      JSON.stringify({ format: 'brat' }),
      '$.format',
      'must be "parley-annotations"',
    ],
    [
      'a bad version',
      JSON.stringify({ format: 'parley-annotations', version: 'one' }),
      '$.version',
      'whole number',
    ],
  ])('refuses %s', (_case, text, jsonPath, message) => {
    const loaded = loadAnnotationFile(text, 'bob/d1.json', article);
    expect(loaded.ok).toBe(false);
    expect(loaded.problems[0]).toMatchObject({ file: 'bob/d1.json', jsonPath, severity: 'error' });
    expect(loaded.problems[0]!.message).toContain(message);
  });

  it('names the JSON path of schema errors', () => {
    const broken = valid();
    broken.annotations[0].start = -3;
    delete broken.annotations[0].label;
    broken.document.textSha256 = 'xyz';
    const loaded = loadAnnotationFile(JSON.stringify(broken), 'bob/d1.json', article);
    expect(loaded.ok).toBe(false);
    const paths = loaded.problems.map((problem) => problem.jsonPath).sort();
    expect(paths).toEqual([
      '$.annotations[0].label',
      '$.annotations[0].start',
      '$.document.textSha256',
    ]);
  });

  it('refuses reversed spans, duplicate ids and exact duplicates', () => {
    const broken = valid();
    broken.annotations.push(
      { ...broken.annotations[0] },
      { ...broken.annotations[0], id: 'other' },
      { ...broken.annotations[0], id: 'r', start: 9, end: 3 },
    );
    const loaded = loadAnnotationFile(JSON.stringify(broken), 'bob/d1.json', article);
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map((problem) => [problem.jsonPath, problem.message])).toEqual([
      ['$.annotations[1].id', 'duplicate annotation id "a0" (also at $.annotations[0])'],
      ['$.annotations[1]', 'exact duplicate of $.annotations[0] (same label, start and end)'],
      ['$.annotations[2]', 'exact duplicate of $.annotations[0] (same label, start and end)'],
      ['$.annotations[3].end', 'end (3) must be greater than start (9)'],
    ]);
  });

  it('refuses __proto__ keys without touching Object.prototype', () => {
    const text = JSON.stringify(valid()).replace(
      '"attributes":{}',
      '"attributes":{"__proto__":{"polluted":"yes"}}',
    );
    const loaded = loadAnnotationFile(text, 'evil.json', article);
    expect(loaded.ok).toBe(false);
    expect(loaded.problems[0]!.message).toContain('"__proto__" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('opens a newer version read-only, keeping its extra fields', () => {
    const newer = { ...valid(), version: 2, newThing: [1] };
    const loaded = loadAnnotationFile(JSON.stringify(newer), 'bob/d1.json', article);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.readOnlyReason).toMatch(/version 2, newer than this Parley/);
    expect(loaded.file.version).toBe(2);
    expect((loaded.file as Record<string, unknown>).newThing).toEqual([1]);
  });

  it('re-anchors spans when the document text changed, and flags what it cannot place', () => {
    const file = fileFor(article, [
      ['denial', 0, 28],
      ['demand', banStart, banEnd],
    ]);
    const edited = articleOf(`UPDATE: ${seedText}`);
    const loaded = loadAnnotationFile(serializeAnnotationFile(file), 'alice/d1.json', edited);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.flagged).toEqual([]);
    expect(loaded.file.annotations.map((annotation) => [annotation.start, annotation.end])).toEqual(
      [
        [8, 36],
        [banStart + 8, banEnd + 8],
      ],
    );
    expect(loaded.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(loaded.problems[0]!.message).toContain('the document text has changed');

    const rewritten = articleOf(
      seedText.replace('Russia denies any such plans', 'Moscow rejects the report'),
    );
    const reloaded = loadAnnotationFile(serializeAnnotationFile(file), 'alice/d1.json', rewritten);
    expect(
      reloaded.ok && reloaded.flagged.map((flag) => [flag.annotationId, flag.anchor.status]),
    ).toEqual([['a0', 'missing']]);
  });

  it('flags a span whose text disagrees with the document even when the hash matches', () => {
    const broken = valid();
    broken.annotations[0].text = 'Russia confirms the plans!!';
    const loaded = loadAnnotationFile(JSON.stringify(broken), 'bob/d1.json', article);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.flagged).toHaveLength(1);
    expect(loaded.problems).toContainEqual(
      expect.objectContaining({ jsonPath: '$.annotations[0]', severity: 'error' }),
    );
  });
});
