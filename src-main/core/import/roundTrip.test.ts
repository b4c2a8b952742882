import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import type { ExportDocument } from '../export/exportDocument';
import {
  fixtureContext,
  fixtureDocument,
  runExport,
  span,
  type ExportRun,
} from '../export/exportFixtures';
import { compareCodeUnits } from '../text/compareCodeUnits';
import { importAnnotations } from './importAnnotations';
import type { ImportedDocument, ImportedSpan } from './importedDocument';

const context = fixtureContext();
type RoundTripFormat = 'jsonl' | 'brat' | 'doccano' | 'label-studio' | 'w3c';

/** Imports what an export wrote; brat is read file pair by file pair. */
function importRun(format: RoundTripFormat, run: ExportRun): ImportedDocument[] {
  const options = { attributes: context.attributes };
  if (format === 'brat') {
    return Object.keys(run.files)
      .filter((file) => file.endsWith('.ann'))
      .flatMap((file) => {
        const stem = file.slice(0, -4);
        const result = importAnnotations(
          {
            format,
            annotations: run.files[file]!,
            text: run.files[`${stem}.txt`]!,
            sourceId: stem,
          },
          options,
        );
        // A span across a line break is written as fragments and flagged when read back.
        const unexpected = result.problems.filter(
          (problem) => !problem.message.includes('discontinuous'),
        );
        expect(unexpected, run.files[file]).toEqual([]);
        return result.documents;
      });
  }
  const file = {
    jsonl: 'annotations.jsonl',
    doccano: 'doccano.jsonl',
    'label-studio': 'label-studio.json',
    w3c: 'annotations.jsonld',
  }[format];
  const result = importAnnotations({ format, content: run.files[file]! }, options);
  expect(result.problems).toEqual([]);
  return result.documents;
}

/** What `format` can carry of an annotation. */
function expectedSpan(format: RoundTripFormat, annotation: Annotation): ImportedSpan {
  const { start, end, label, text } = annotation;
  const expected: ImportedSpan = { start, end, label, text };
  if (format === 'doccano') return expected;
  const attributes = Object.fromEntries(
    Object.entries(annotation.attributes ?? {}).filter(
      ([, value]) => format !== 'brat' || value !== false,
    ),
  );
  if (Object.keys(attributes).length > 0) expected.attributes = attributes;
  if (annotation.note) expected.note = annotation.note;
  return expected;
}

const order = (a: ImportedSpan, b: ImportedSpan): number =>
  a.start - b.start || a.end - b.end || compareCodeUnits(a.label, b.label);

function expectRoundTrip(format: RoundTripFormat, documents: ExportDocument[]): void {
  const run = runExport(format, context, documents);
  const skipKinds = new Set(['text-mismatch', 'invalid-offsets', 'empty-span']);
  const skipped = new Set(
    run.warnings.filter((warning) => skipKinds.has(warning.kind)).map((warning) => warning.spanId),
  );
  const imported = importRun(format, run)
    .flatMap((document) => document.spans)
    .sort(order);
  const expected = documents
    .flatMap((document) => document.annotations)
    .filter((annotation) => !skipped.has(annotation.id) && annotation.start < annotation.end)
    .map((annotation) => expectedSpan(format, annotation))
    .sort(order);
  expect(imported).toEqual(expected);
}

const FORMATS: RoundTripFormat[] = ['jsonl', 'brat', 'doccano', 'label-studio', 'w3c'];
const text = 'Moscow said:\nwe demand 𝟓 guarantees\nnow 🕊️. Кремль отказал; Café.';

describe.each(FORMATS)('%s round trip', (format) => {
  it('gives back labels, code-point offsets, attributes and notes', () => {
    const documents = [
      fixtureDocument('doc-1', text, [
        span(text, 13, 35, 'demand', {
          attributes: { modality: 'conditional', reported: true, source: 'Russia', target: 'NATO' },
          note: 'strong wording',
        }),
        span(text, 16, 40, 'threat', { attributes: { confidence: 'low' } }),
        span(text, 16, 40, 'offer'),
        span(text, 44, 58, 'denial', { note: 'Кремль = Kremlin' }),
      ]),
      fixtureDocument(
        'doc 2',
        text,
        [span(text, 0, 6, 'offer', { attributes: { reported: false } })],
        'bob',
      ),
    ];
    expectRoundTrip(format, documents);
    const run = runExport(format, context, documents);
    const sourceIds = importRun(format, run).map((document) => document.sourceId);
    if (format !== 'brat') expect(sourceIds).toEqual(['doc-1', 'doc 2']);
  });
});

const attributes = fc.record(
  {
    modality: fc.constantFrom('asserted', 'negated', 'conditional'),
    reported: fc.boolean(),
    source: fc.string({ unit: 'grapheme', maxLength: 6 }).filter((value) => !value.includes('=')),
  },
  { requiredKeys: [] },
);

const documents = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .chain((randomText) => {
    const length = Array.from(randomText).length;
    const annotation = fc
      .tuple(
        fc.nat(length),
        fc.nat(length),
        fc.constantFrom('demand', 'denial', 'threat', 'offer'),
        attributes,
        fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), { nil: undefined }),
      )
      .map(([a, b, label, attributeValues, note]) =>
        span(randomText, Math.min(a, b), Math.max(a, b), label, {
          attributes: attributeValues,
          ...(note ? { note } : {}),
        }),
      );
    return fc.array(annotation, { maxLength: 5 }).map((annotations) => [
      fixtureDocument(
        'random',
        randomText,
        annotations.map((annotation, index) => ({ ...annotation, id: `s${index}` })),
      ),
    ]);
  });

describe('property: round trips keep every span', () => {
  it.each(['jsonl', 'doccano', 'label-studio', 'w3c'] as const)('%s', (format) => {
    fc.assert(
      fc.property(documents, (randomDocuments) => expectRoundTrip(format, randomDocuments)),
      {
        numRuns: 100,
      },
    );
  });
});
