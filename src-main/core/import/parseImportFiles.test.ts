import { describe, expect, it } from 'vitest';
import { parseImportFiles } from './parseImportFiles';

const text = 'Moscow demanded guarantees. 🕊️ Kyiv refused.';

describe('parseImportFiles', () => {
  it('pairs each brat .ann file with the .txt of the same name, wherever it is in the list', () => {
    const { documents, problems } = parseImportFiles('brat', [
      { name: 'export/b.ann', content: 'T1\tdenial 31 43\tKyiv refused\n' },
      { name: 'export/annotation.conf', content: '[entities]\n' },
      { name: 'export/a.txt', content: text },
      { name: 'export/a.ann', content: 'T1\tdemand 7 26\tdemanded guarantees\n' },
      { name: 'export/README.md', content: 'hello' },
    ]);
    expect(documents.map((document) => [document.sourceId, document.text])).toEqual([
      ['a', text],
      ['b', undefined],
    ]);
    expect(documents[0]!.spans).toEqual([
      { start: 7, end: 26, label: 'demand', text: 'demanded guarantees' },
    ]);
    expect(problems).toEqual([
      { path: 'export/README.md', message: 'is not a brat .ann or .txt file; ignored' },
    ]);
  });

  it('says so when a brat import holds no .ann file', () => {
    expect(parseImportFiles('brat', [{ name: 'a.txt', content: text }]).problems).toEqual([
      { path: '$', message: 'there is no brat .ann file to import' },
    ]);
  });

  it('reads every file of the other formats on its own and names the file in each problem', () => {
    const { documents, problems } = parseImportFiles(
      'jsonl',
      [
        { name: 'one.jsonl', content: `{"id":"1","text":"abc","spans":[]}\nnot json` },
        { name: 'two.jsonl', content: `{"id":"2","text":"def","spans":[]}` },
      ],
      { attributes: [] },
    );
    expect(documents.map((document) => document.sourceId)).toEqual(['1', '2']);
    expect(problems.map((problem) => problem.path)).toEqual(['one.jsonl: line 2']);
  });
});
