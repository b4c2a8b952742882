import { describe, expect, it } from 'vitest';
import { fixtureContext, fixtureDocument, runExport, span } from './exportFixtures';

const text = 'Moscow said:\nwe demand guarantees\nnow. Kyiv refused.';

describe('brat exporter', () => {
  it('writes the text, T/A/# lines with code-point offsets, and the configuration', () => {
    const document = fixtureDocument('doc-1', text, [
      span(text, 13, 33, 'demand', {
        attributes: { modality: 'conditional', reported: true, source: 'Russia' },
        note: 'strong wording',
      }),
      span(text, 16, 37, 'threat', { attributes: { reported: false } }), // crosses a line break
      span(text, 39, 52, 'denial'),
    ]);
    const { files, warnings } = runExport('brat', fixtureContext(), [document]);
    expect(files['doc-1.txt']).toBe(text);
    expect(files['doc-1.ann']).toBe(
      [
        'T1\tdemand 13 33\twe demand guarantees',
        'A1\tmodality T1 conditional',
        'A2\treported T1',
        '#1\tAnnotatorNotes T1\tsource=Russia; strong wording',
        'T2\tthreat 16 33;34 37\tdemand guarantees now',
        'T3\tdenial 39 52\tKyiv refused.',
        '',
      ].join('\n'),
    );
    expect(warnings).toEqual([]);
    expect(files['annotation.conf']).toBe(
      [
        '[entities]',
        'demand',
        'denial',
        'threat',
        'offer',
        '',
        '[relations]',
        '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
        '',
        '[events]',
        '',
        '[attributes]',
        'modality\tArg:<ENTITY>, Value:asserted|negated|hypothetical|conditional|future',
        'confidence\tArg:<ENTITY>, Value:low|medium|high',
        'reported\tArg:<ENTITY>',
        '',
      ].join('\n'),
    );
    expect(files['visual.conf']).toContain('demand\tbgColor:#0072B2');
  });

  it('trims line breaks at span edges, flattens notes and renames unsafe ids', () => {
    const document = fixtureDocument('news/1', text, [
      span(text, 12, 22, 'demand', { note: 'two\nlines' }), // "\nwe demand"
      span(text, 33, 34, 'offer'), // only "\n"
    ]);
    const { files, warnings } = runExport('brat', fixtureContext(), [document]);
    expect(Object.keys(files).filter((file) => file.endsWith('.ann'))).toEqual([
      expect.stringMatching(/^news_1-[0-9a-f]{8}\.ann$/),
    ]);
    expect(Object.values(files).join('')).toContain(
      'T1\tdemand 13 22\twe demand\n#1\tAnnotatorNotes T1\ttwo lines\n',
    );
    expect(warnings.map((warning) => warning.kind)).toEqual([
      'file-renamed',
      'span-trimmed',
      'value-changed',
      'span-trimmed',
    ]);
  });

  it('adds labels and choice values the project lacks to annotation.conf', () => {
    const document = fixtureDocument('d', text, [
      span(text, 39, 43, 'rumour', { attributes: { modality: 'very likely' } }),
    ]);
    const { files, warnings } = runExport('brat', fixtureContext(), [document]);
    expect(files['d.ann']).toBe('T1\trumour 39 43\tKyiv\nA1\tmodality T1 very_likely\n');
    expect(files['annotation.conf']).toContain('offer\nrumour\n');
    expect(files['annotation.conf']).toContain('conditional|future|very_likely\n');
    expect(warnings.map((warning) => warning.kind)).toEqual(['unknown-label', 'value-changed']);
  });
});

describe('brat exporter with several annotators', () => {
  const annotated = (annotator: string) =>
    fixtureDocument('doc-1', text, [span(text, 39, 43, 'denial')], annotator);

  it('writes a folder per annotator, each a brat collection with its configuration', () => {
    const context = { ...fixtureContext(), annotators: ['alice', 'bob'] };
    const unannotated = fixtureDocument('doc-2', text, [], '');
    const { files, warnings } = runExport('brat', context, [
      annotated('alice'),
      annotated('bob'),
      unannotated,
    ]);
    expect(Object.keys(files).sort()).toEqual([
      'alice/annotation.conf',
      'alice/doc-1.ann',
      'alice/doc-1.txt',
      'alice/doc-2.ann',
      'alice/doc-2.txt',
      'alice/visual.conf',
      'bob/annotation.conf',
      'bob/doc-1.ann',
      'bob/doc-1.txt',
      'bob/doc-2.ann',
      'bob/doc-2.txt',
      'bob/visual.conf',
    ]);
    expect(files['bob/doc-1.ann']).toBe('T1\tdenial 39 43\tKyiv\n');
    expect(files['bob/doc-1.txt']).toBe(text);
    expect(files['bob/annotation.conf']).toBe(files['alice/annotation.conf']);
    expect(warnings).toEqual([]);
  });

  it('keeps one annotator in the export folder itself', () => {
    const context = { ...fixtureContext(), annotators: ['alice'] };
    const { files } = runExport('brat', context, [annotated('alice')]);
    expect(Object.keys(files).sort()).toEqual([
      'annotation.conf',
      'doc-1.ann',
      'doc-1.txt',
      'visual.conf',
    ]);
  });
});
