import { describe, expect, it } from 'vitest';
import type { OverlapPolicy } from './exportDocument';
import { fixtureContext, fixtureDocument, runExport, span } from './exportFixtures';

const text = 'Russia demanded guarantees. NATO refused!\n\nTalks end.';
const demand = span(text, 7, 26, 'demand'); // "demanded guarantees"
const denial = span(text, 28, 40, 'denial'); // "NATO refused"
const threat = span(text, 16, 40, 'threat'); // "guarantees. NATO refused", across a sentence end

const conll = (policy?: OverlapPolicy) =>
  runExport('conll', fixtureContext(policy ? { overlap: policy } : undefined), [
    fixtureDocument('doc-1', text, [denial, threat, demand]),
  ]);

describe('conll exporter', () => {
  it('keeps the longest span by default and joins the sentences it crosses', () => {
    const { files, warnings } = conll();
    expect(files['annotations.conll']).toBe(
      [
        '-DOCSTART-',
        '',
        'Russia\tO',
        'demanded\tO',
        'guarantees\tB-threat',
        '.\tI-threat',
        'NATO\tI-threat',
        'refused\tI-threat',
        '!\tO',
        '',
        'Talks\tO',
        'end\tO',
        '.\tO',
        '',
        '',
      ].join('\n'),
    );
    expect(warnings.map((warning) => [warning.kind, warning.spanId])).toEqual([
      ['overlap-dropped', 'demand-7-26'],
      ['overlap-dropped', 'denial-28-40'],
    ]);
  });

  it.each<[OverlapPolicy, string[]]>([
    ['label-order', ['demanded\tB-demand', 'guarantees\tI-demand', '.\tO', '', 'NATO\tB-denial']],
    ['first', ['demanded\tB-demand', 'guarantees\tI-demand', '.\tO', '', 'NATO\tB-denial']],
  ])('policy %s keeps the right spans', (policy, lines) => {
    const { files, warnings } = conll(policy);
    expect(files['annotations.conll']).toContain(lines.join('\n'));
    expect(warnings.map((warning) => warning.spanId)).toEqual(['threat-16-40']);
  });

  it('widens a span that ends inside a word and reports whitespace-only spans', () => {
    const inner = span(text, 17, 25, 'demand'); // "uarantee"
    const blank = span(text, 41, 43, 'offer'); // "\n\n"
    const { files, warnings } = runExport('conll', fixtureContext(), [
      fixtureDocument('doc-2', text, [inner, blank]),
    ]);
    expect(files['annotations.conll']).toContain('demanded\tO\nguarantees\tB-demand\n.\tO\n');
    expect(warnings.map((warning) => warning.kind)).toEqual(['token-boundary', 'no-tokens']);
  });

  it('warns once per span for attributes and notes the format cannot hold', () => {
    const annotated = span(text, 0, 6, 'offer', { attributes: { source: 'x' }, note: 'n' });
    const { warnings } = runExport('conll', fixtureContext(), [
      fixtureDocument('doc-3', text, [annotated]),
    ]);
    expect(warnings.map((warning) => warning.kind)).toEqual(['attribute-dropped', 'note-dropped']);
  });
});
