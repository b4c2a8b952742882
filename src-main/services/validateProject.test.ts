import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { DEFAULT_LIMITS, indexProject } from './projectIndex';
import { countingReads } from './testing/countingFileSystem';
import { checkAllAnnotationFiles, validateProject } from './validateProject';

let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

describe('checking every annotation file', () => {
  it('reads each text once for all the annotators who tagged it', async () => {
    const { fileSystem, reads } = countingReads(nodeFileSystem, (path) => path.endsWith('.txt'));
    const index = await indexProject(fileSystem, project.path, DEFAULT_LIMITS);
    const readsWhenIndexed = reads();

    const checked = [];
    for await (const file of checkAllAnnotationFiles(fileSystem, index)) checked.push(file);

    // alice and bob both tagged 288, alice 517: three files, two texts.
    expect(checked.map((file) => file.path).sort()).toEqual([
      'annotations/alice/288.json',
      'annotations/alice/517.json',
      'annotations/bob/288.json',
    ]);
    expect(checked.every((file) => file.loaded.ok)).toBe(true);
    expect(reads() - readsWhenIndexed).toBe(2);
  });

  it('reports problems in annotator then file-name order, whatever the order of checking', async () => {
    writeFileSync(join(project.path, 'annotations', 'bob', '288.json'), '{ not json');
    writeFileSync(join(project.path, 'annotations', 'alice', '517.json'), '[]');
    writeFileSync(join(project.path, 'annotations', 'alice', 'notes.json'), '{}');

    const { files, problems } = await validateProject(nodeFileSystem, project.path);

    expect(files).toBe(4);
    expect([...new Set(problems.map((problem) => problem.file))]).toEqual([
      'annotations/alice/517.json',
      'annotations/alice/notes.json',
      'annotations/bob/288.json',
    ]);
  });
});
