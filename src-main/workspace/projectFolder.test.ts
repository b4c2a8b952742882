import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from './nodeFileSystem';
import { listAllAnnotationFiles } from './projectFolder';
import { createTemporaryFolder } from './testing/temporaryFolder';

let folder: ReturnType<typeof createTemporaryFolder> | undefined;
afterEach(() => folder?.remove());

function projectWith(files: Record<string, string[]>): string {
  folder = createTemporaryFolder();
  for (const [annotator, names] of Object.entries(files)) {
    const annotatorFolder = join(folder.path, 'annotations', annotator);
    mkdirSync(annotatorFolder, { recursive: true });
    for (const name of names) writeFileSync(join(annotatorFolder, name), '{}');
  }
  return folder.path;
}

describe('listAllAnnotationFiles', () => {
  it('lists every annotator folder in order, with the document each file name stands for', async () => {
    const root = projectWith({
      ben: ['b%2Fc.json', '288.json'],
      ann: ['288.json', 'notes.txt', 'bad name.json'],
      '.hidden': ['288.json'],
    });
    expect(await listAllAnnotationFiles(nodeFileSystem, root)).toEqual([
      { annotator: 'ann', fileName: '288.json', documentId: '288' },
      { annotator: 'ann', fileName: 'bad name.json', documentId: undefined },
      { annotator: 'ben', fileName: '288.json', documentId: '288' },
      { annotator: 'ben', fileName: 'b%2Fc.json', documentId: 'b/c' },
    ]);
  });

  it('lists only the annotators asked for, and nothing where there is no annotations folder', async () => {
    const root = projectWith({ ann: ['1.json'], ben: ['2.json'] });
    expect(await listAllAnnotationFiles(nodeFileSystem, root, ['ben', 'cai'])).toEqual([
      { annotator: 'ben', fileName: '2.json', documentId: '2' },
    ]);
    const empty = createTemporaryFolder();
    try {
      expect(await listAllAnnotationFiles(nodeFileSystem, empty.path)).toEqual([]);
    } finally {
      empty.remove();
    }
  });

  it('reads no folder that is not an annotator folder, whatever name it is asked for', async () => {
    const root = projectWith({ ann: ['1.json'] });
    writeFileSync(join(root, 'outside.json'), '{}');
    expect(await listAllAnnotationFiles(nodeFileSystem, root, ['..', 'ann'])).toEqual([
      { annotator: 'ann', fileName: '1.json', documentId: '1' },
    ]);
  });
});
