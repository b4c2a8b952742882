import { describe, expect, it } from 'vitest';
import { fixtureContext, fixtureDocument, runExport, span } from './exportFixtures';

const text = 'Russia demanded guarantees. NATO refused!\n\nTalks end.';

describe('hf exporter', () => {
  it('writes one row per sentence with tag ids from labels.json', () => {
    const document = fixtureDocument('doc-1', text, [
      span(text, 7, 26, 'demand'),
      span(text, 28, 40, 'denial'),
      span(text, 43, 48, 'mystery'),
    ]);
    const { files, warnings } = runExport('hf', fixtureContext(), [document]);
    expect(files['data.jsonl']).toBe(
      '{"id":"doc-1:0","document_id":"doc-1","tokens":["Russia","demanded","guarantees","."],"ner_tags":[0,1,2,0]}\n' +
        '{"id":"doc-1:1","document_id":"doc-1","tokens":["NATO","refused","!"],"ner_tags":[3,4,0]}\n' +
        '{"id":"doc-1:2","document_id":"doc-1","tokens":["Talks","end","."],"ner_tags":[9,0,0]}\n',
    );
    expect(JSON.parse(files['labels.json']!)).toEqual([
      'O',
      'B-demand',
      'I-demand',
      'B-denial',
      'I-denial',
      'B-threat',
      'I-threat',
      'B-offer',
      'I-offer',
      'B-mystery',
      'I-mystery',
    ]);
    expect(warnings.map((warning) => warning.kind)).toEqual(['unknown-label']);
  });

  it('lists only the filtered labels', () => {
    const { files } = runExport('hf', fixtureContext({ labels: ['threat'] }), []);
    expect(JSON.parse(files['labels.json']!)).toEqual(['O', 'B-threat', 'I-threat']);
    expect(files['data.jsonl']).toBe('');
  });

  it('names the annotator in every row when the export holds several', () => {
    const short = 'Talks end.';
    const { files } = runExport('hf', { ...fixtureContext(), annotators: ['alice', 'bob'] }, [
      fixtureDocument('doc-1', short, [span(short, 0, 5, 'offer')], 'alice'),
      fixtureDocument('doc-1', short, [], 'bob'),
    ]);
    expect(files['data.jsonl']).toBe(
      '{"id":"doc-1:alice:0","document_id":"doc-1","annotator":"alice","tokens":["Talks","end","."],"ner_tags":[7,0,0]}\n' +
        '{"id":"doc-1:bob:0","document_id":"doc-1","annotator":"bob","tokens":["Talks","end","."],"ner_tags":[0,0,0]}\n',
    );
  });
});
