import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS, importAnnotations, type ImportInput } from './importAnnotations';

const annotation = (source: string, start: number, end: number, label = 'demand') => ({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'Annotation',
  body: { type: 'TextualBody', purpose: 'tagging', value: label },
  target: { source, selector: { type: 'TextPositionSelector', start, end } },
});

describe('importAnnotations', () => {
  it.each<[string, ImportInput, string[]]>([
    [
      'jsonl with bad lines',
      {
        format: 'jsonl',
        content:
          'not json\n{"spans":[{"start":-1,"end":2,"label":"x"}]}\n\n{"text":"abc","spans":[{"start":1,"end":9,"label":"x"}]}',
      },
      ['line 1', 'line 2: $.spans[0].start', 'line 4: $.spans[0]'],
    ],
    [
      'doccano categories and broken triples',
      { format: 'doccano', content: '{"text":"abc","label":[[0,2,"x"],"cat",[1]]}' },
      ['line 1: $.label[1]', 'line 1: $.label[2]'],
    ],
    ['label-studio that is not JSON', { format: 'label-studio', content: '[' }, ['$']],
    ['label-studio with bad data', { format: 'label-studio', content: '{"data":5}' }, ['$.data']],
    ['w3c without a label', { format: 'w3c', content: '{"target":{"source":"x"}}' }, ['$.body']],
    ['brat garbage', { format: 'brat', annotations: '\u0000\u0001' }, ['line 1']],
  ])('reports %s by line or JSON path', (_name, input, paths) => {
    const { problems } = importAnnotations(input);
    expect(problems.map((problem) => problem.path)).toEqual(paths);
  });

  it('reads doccano labels and entities', () => {
    const content = [
      '{"id":1,"text":"Moscow 🕊️ demanded","label":[[10,18,"demand"]]}',
      '{"id":"b","text":"Kyiv refused","entities":[{"id":3,"start_offset":5,"end_offset":12,"label":"denial"}]}',
    ].join('\n');
    const { documents, problems } = importAnnotations({ format: 'doccano', content });
    expect(problems).toEqual([]);
    expect(documents.map((document) => [document.sourceId, document.spans])).toEqual([
      ['1', [{ start: 10, end: 18, label: 'demand', text: 'demanded' }]],
      ['b', [{ start: 5, end: 12, label: 'denial', text: 'refused' }]],
    ]);
  });

  const single = annotation('parley:document/a%2Fb', 1, 3);
  const other = annotation('parley:document/a%2Fb', 4, 6, 'offer');
  it.each([
    ['a single Annotation', JSON.stringify(single), 1],
    ['an AnnotationPage', JSON.stringify({ type: 'AnnotationPage', items: [single, other] }), 2],
    ['JSON Lines', `${JSON.stringify(single)}\n${JSON.stringify(other)}\n`, 2],
  ])('reads W3C annotations from %s', (_name, content, count) => {
    const { documents, problems } = importAnnotations({ format: 'w3c', content });
    expect(problems).toEqual([]);
    expect(documents).toEqual([
      {
        sourceId: 'a/b',
        spans: [
          { start: 1, end: 3, label: 'demand' },
          { start: 4, end: 6, label: 'offer' },
        ].slice(0, count),
      },
    ]);
  });

  it('turns "true"/"false" into booleans for boolean attributes', () => {
    const content =
      '{"text":"abc","spans":[{"start":0,"end":1,"label":"x","attributes":{"flag":"true","name":"false"}}]}';
    const { documents } = importAnnotations(
      { format: 'jsonl', content },
      { attributes: [{ id: 'flag', name: 'Flag', type: 'boolean' }] },
    );
    expect(documents[0]!.spans[0]!.attributes).toEqual({ flag: true, name: 'false' });
  });

  it.each(IMPORT_FORMATS)('never throws on arbitrary %s input', (format) => {
    const content = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.json().map((json) => `${json}\n${json}`),
    );
    fc.assert(
      fc.property(content, (text) => {
        const input: ImportInput =
          format === 'brat' ? { format, annotations: text, text } : { format, content: text };
        const result = importAnnotations(input);
        expect(Array.isArray(result.documents)).toBe(true);
        // The parsers handle bad input themselves; the entry's catch-all is only a last resort.
        expect(
          result.problems.filter((problem) => problem.message.startsWith('could not read')),
        ).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
