import { describe, expect, it } from 'vitest';
import { fixtureContext, fixtureDocument, runExport, span } from './exportFixtures';

describe('spacy exporter', () => {
  it('writes character spans under the sc key', () => {
    const text = 'Peace 🕊️ talks: Russia demanded 𝟓 guarantees.';
    const document = fixtureDocument('doc-1', text, [
      span(text, 23, 43, 'demand', { attributes: { modality: 'asserted' } }),
      span(text, 6, 14, 'offer'),
    ]);
    const { files, warnings } = runExport('spacy', fixtureContext(), [document]);
    expect(files['spacy.jsonl']).toBe(
      `{"text":${JSON.stringify(text)},"spans":{"sc":[` +
        '{"start_char":6,"end_char":14,"label":"offer"},' +
        '{"start_char":23,"end_char":43,"label":"demand"}]},"meta":{"id":"doc-1"}}\n',
    );
    expect(warnings).toEqual([
      expect.objectContaining({ kind: 'attribute-dropped', spanId: 'demand-23-43' }),
    ]);
  });
});
