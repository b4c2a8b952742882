import { describe, expect, it } from 'vitest';
import { fixtureContext, fixtureDocument, runExport, span } from './exportFixtures';

const text = 'Moscow demanded "guarantees", now.\nKyiv said =no.';

describe('csv exporter', () => {
  const document = fixtureDocument('doc-1', text, [
    span(text, 7, 28, 'demand', {
      attributes: { source: 'Russia', modality: 'asserted', reported: true },
      note: 'quoted, with "marks"',
    }),
    span(text, 40, 48, 'denial', { attributes: { mood: 'odd' } }),
  ]);

  it('writes one RFC 4180 row per span with project attribute columns', () => {
    const { files, warnings } = runExport('csv', fixtureContext(), [document]);
    expect(files['annotations.csv']).toBe(
      'document_id,annotator,label,start,end,text,source,speaker,target,modality,confidence,reported,note\r\n' +
        'doc-1,alice,demand,7,28,"demanded ""guarantees""",Russia,,,asserted,,true,"quoted, with ""marks"""\r\n' +
        'doc-1,alice,denial,40,48,said =no,,,,,,,\r\n',
    );
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'attribute-dropped', spanId: 'denial-40-48' }),
    ]);
  });

  it('adds a BOM and neutralises formula cells for Excel', () => {
    const formula = fixtureDocument('=cmd', text, [span(text, 45, 48, 'denial')]);
    const { files, warnings } = runExport('csv', fixtureContext({ excel: true }), [formula]);
    const csv = files['annotations.csv']!;
    expect(csv.startsWith('\uFEFFdocument_id,')).toBe(true);
    expect(csv).toContain("'=cmd,alice,denial,45,48,'=no,");
    expect(warnings.map((warning) => warning.kind)).toEqual(['formula-escaped', 'formula-escaped']);
  });

  it('quotes a span that holds a line break', () => {
    const document = fixtureDocument('d', text, [span(text, 30, 39, 'offer')]);
    expect(runExport('csv', fixtureContext(), [document]).files['annotations.csv']).toContain(
      'd,alice,offer,30,39,"now.\nKyiv",',
    );
  });
});
