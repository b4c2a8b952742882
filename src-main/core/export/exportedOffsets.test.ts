import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import type { ExportDocument } from './exportDocument';
import {
  CORPUS_SENTENCE,
  fixtureContext,
  fixtureDocument,
  runExport,
  span,
  type ExportRun,
} from './exportFixtures';

const slice = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join('');

interface ExportedSpan {
  start: number;
  end: number;
  label: string;
  /** The text the format states for the span, when it states one. */
  text?: string;
}

/** Reads the spans back with a few lines per format, independently of the importers. */
function readBack(
  format: 'jsonl' | 'doccano' | 'spacy' | 'w3c' | 'brat',
  run: ExportRun,
): ExportedSpan[] {
  const lines = (file: string) => (run.files[file] ?? '').split('\n').filter(Boolean);
  switch (format) {
    case 'jsonl':
      return lines('annotations.jsonl').flatMap((line) => JSON.parse(line).spans as ExportedSpan[]);
    case 'doccano':
      return lines('doccano.jsonl').flatMap((line) =>
        (JSON.parse(line).label as [number, number, string][]).map(([start, end, label]) => ({
          start,
          end,
          label,
        })),
      );
    case 'spacy':
      return lines('spacy.jsonl').flatMap((line) =>
        (
          JSON.parse(line).spans.sc as { start_char: number; end_char: number; label: string }[]
        ).map((item) => ({
          start: item.start_char,
          end: item.end_char,
          label: item.label,
        })),
      );
    case 'w3c': {
      interface W3cItem {
        body: { value: string }[];
        target: { selector: [{ start: number; end: number }, { exact: string }] };
      }
      const page = JSON.parse(run.files['annotations.jsonld']!) as { items: W3cItem[] };
      return page.items.map(({ body, target }) => ({
        start: target.selector[0].start,
        end: target.selector[0].end,
        label: body[0]!.value,
        text: target.selector[1].exact,
      }));
    }
    case 'brat':
      // One entry per fragment: each fragment's text must sit at its own offsets.
      return Object.keys(run.files)
        .filter((file) => file.endsWith('.ann'))
        .flatMap((file) => lines(file))
        .filter((line) => line.startsWith('T'))
        .flatMap((line) => {
          const [, typeAndOffsets, text] = line.split('\t') as [string, string, string];
          const [label, ...rest] = typeAndOffsets.split(' ');
          const fragments = rest.join(' ').split(';');
          const texts = fragments.length === 1 ? [text] : text.split(' ');
          return fragments.map((fragment, index) => {
            const [start, end] = fragment.split(' ').map(Number) as [number, number];
            return {
              start,
              end,
              label: label!,
              ...(fragments.length === 1 ? { text: texts[index] } : {}),
            };
          });
        });
  }
}

const FORMATS = ['jsonl', 'doccano', 'spacy', 'w3c', 'brat'] as const;

function expectOffsetsMatch(format: (typeof FORMATS)[number], document: ExportDocument): void {
  const run = runExport(format, fixtureContext(), [document]);
  for (const exported of readBack(format, run)) {
    const actual = slice(document.text, exported.start, exported.end);
    if (exported.text !== undefined) expect(exported.text).toBe(actual);
    const source = document.annotations.find((annotation) =>
      format === 'brat'
        ? // A brat fragment lies inside its span and holds no line break.
          annotation.label === exported.label &&
          annotation.start <= exported.start &&
          exported.end <= annotation.end &&
          !/[\t\n\r]/.test(actual)
        : annotation.label === exported.label &&
          annotation.start === exported.start &&
          annotation.end === exported.end,
    );
    expect(source, `${format} ${exported.start}..${exported.end}`).toBeDefined();
    if (format !== 'brat') expect(source!.text).toBe(actual);
  }
}

const unicodeText = [
  'Peace 🕊️ talks: Moscow gave Kyiv 𝟓 days.',
  'Café résumé — Cafe\u0301 too: "Россия требует гарантий".',
  'A line from a CRLF file,\nnow LF: Кремль отказал.',
].join('\n');

describe('exported offsets are code points', () => {
  const spans = [
    span(unicodeText, 6, 14, 'offer'),
    span(unicodeText, 33, 34, 'threat'),
    span(unicodeText, 67, 90, 'demand'),
    span(unicodeText, 55, 60, 'denial'),
    span(unicodeText, 126, 141, 'denial'),
  ];
  const document = fixtureDocument('unicode', unicodeText, spans);

  it('the fixture spans are what they claim', () => {
    expect(spans.map((annotation) => annotation.text)).toEqual([
      '🕊️ talks',
      '𝟓',
      'Россия требует гарантий',
      'Cafe\u0301',
      'Кремль отказал.',
    ]);
  });

  it.each(FORMATS)('%s', (format) => {
    expectOffsetsMatch(format, document);
    expect(runExport(format, fixtureContext(), [document]).warnings).toEqual([]);
  });

  it('label-studio and csv use the same code-point offsets', () => {
    const tasks = JSON.parse(
      runExport('label-studio', fixtureContext(), [document]).files['label-studio.json']!,
    );
    for (const result of tasks[0].annotations[0].result) {
      expect(slice(unicodeText, result.value.start, result.value.end)).toBe(result.value.text);
    }
    const rows = runExport('csv', fixtureContext(), [document]).files['annotations.csv']!;
    expect(rows).toContain('unicode,alice,threat,33,34,𝟓,');
  });

  it('keeps a corpus sentence intact', () => {
    const corpus = fixtureDocument('corpus', CORPUS_SENTENCE, [
      span(CORPUS_SENTENCE, 51, 125, 'demand'),
    ]);
    expect(corpus.annotations[0]!.text).toBe(
      'demanded the U.S.-led NATO alliance not admitting the former Soviet state.',
    );
    for (const format of FORMATS) expectOffsetsMatch(format, corpus);
  });
});

const labelIds = ['demand', 'denial', 'threat', 'offer'];

/** Full-Unicode texts (graphemes, plus line breaks and tabs) with random span sets. */
const documents = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 8 }),
      fc.constantFrom('\n', '\t', ' ', '\r\n'),
    ),
    {
      maxLength: 12,
    },
  )
  .map((parts) => parts.join(''))
  .chain((text) => {
    const length = Array.from(text).length;
    return fc
      .array(
        fc
          .tuple(fc.nat(length), fc.nat(length), fc.constantFrom(...labelIds))
          .map(([a, b, label]): Annotation => span(text, Math.min(a, b), Math.max(a, b), label)),
        { maxLength: 6 },
      )
      .map((annotations) =>
        fixtureDocument(
          'random',
          text,
          annotations.map((annotation, index) => ({ ...annotation, id: `s${index}` })),
        ),
      );
  });

describe('property: every exported span selects its own text', () => {
  it.each(FORMATS)('%s', (format) => {
    fc.assert(
      fc.property(documents, (document) => {
        expectOffsetsMatch(format, document);
      }),
      { numRuns: 150 },
    );
  });
});
