import { describe, expect, it } from 'vitest';
import { createExporter } from './createExporter';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO } from './exportFormats';
import {
  CORPUS_SENTENCE,
  fixtureContext,
  fixtureDocument,
  runExport,
  span,
} from './exportFixtures';

const text = `${CORPUS_SENTENCE}\nPeace 🕊️ in 𝟓 days?`;
const annotations = [
  span(text, 0, 6, 'offer', { attributes: { modality: 'future', reported: true, source: 'x; y' } }),
  span(text, 51, 125, 'demand', { note: 'the core demand', attributes: { confidence: 'high' } }),
  span(text, 51, 59, 'threat'),
  span(text, 126, 133, 'denial', { text: 'not this' }),
];
const documents = [
  fixtureDocument('doc/1', text, annotations),
  fixtureDocument('doc-2', text, [], 'bob'),
  fixtureDocument('doc-3', 'Короткий текст.', [span('Короткий текст.', 0, 8, 'demand')]),
];

describe.each(EXPORT_FORMATS)('%s exporter', (format) => {
  it('gives byte-identical output for the same input, whatever the span order', () => {
    const first = runExport(format, fixtureContext(), documents);
    const shuffled = documents.map((document) => ({
      ...document,
      annotations: [...document.annotations].reverse(),
    }));
    const second = runExport(format, fixtureContext(), shuffled);
    expect(second.files).toEqual(first.files);
    expect(Object.keys(second.files)).toEqual(Object.keys(first.files));
    expect(new Set(second.warnings.map((warning) => JSON.stringify(warning)))).toEqual(
      new Set(first.warnings.map((warning) => JSON.stringify(warning))),
    );
  });

  it('writes only the files its format info announces, and skips mismatched spans', () => {
    const { files, warnings } = runExport(format, fixtureContext(), documents);
    const info = EXPORT_FORMAT_INFO[format];
    for (const file of Object.keys(files)) {
      if (info.layout === 'file') expect(file).toBe(info.files[0]);
      else if (!info.files.includes(file))
        expect(file).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*\.(txt|ann)$/);
    }
    expect(warnings).toContainEqual(
      expect.objectContaining({
        documentId: 'doc/1',
        spanId: 'denial-126-133',
        kind: 'text-mismatch',
      }),
    );
  });

  it('creates its main file even with no documents', () => {
    const exporter = createExporter(format, fixtureContext());
    const chunks = [...exporter.start(), ...exporter.finish()];
    if (format !== 'brat')
      expect(chunks.map((chunk) => chunk.file)).toContain(EXPORT_FORMAT_INFO[format].files[0]);
  });
});

describe('streamed JSON documents', () => {
  it.each([
    ['label-studio', 'label-studio.json'],
    ['w3c', 'annotations.jsonld'],
  ] as const)('%s is one valid JSON document, with or without documents', (format, file) => {
    expect(() => JSON.parse(runExport(format, fixtureContext(), []).files[file]!)).not.toThrow();
    const parsed = JSON.parse(runExport(format, fixtureContext(), documents).files[file]!);
    expect(parsed).toBeDefined();
  });

  it('label-studio writes one task per document', () => {
    const tasks = JSON.parse(
      runExport('label-studio', fixtureContext(), documents).files['label-studio.json']!,
    );
    expect(tasks).toHaveLength(3);
    expect(tasks[1]).toEqual({
      data: { text, document_id: 'doc-2', title: 'Title of doc-2', annotator: 'bob' },
      annotations: [{ result: [] }],
    });
  });
});
