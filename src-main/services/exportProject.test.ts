import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArticleFileName } from '../core/articles/article';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { exportProject } from './exportProject';
import { READ_AHEAD_DOCUMENTS } from './readAhead';
import { DEFAULT_LIMITS, indexProject } from './projectIndex';
import { countingReads } from './testing/countingFileSystem';
import { createSyntheticProject } from './testing/syntheticProject';

const DOCUMENTS = 60;

describe('exportProject', () => {
  let project: { path: string; remove: () => void };
  beforeEach(() => {
    project = createSyntheticProject(DOCUMENTS);
  });
  afterEach(() => project.remove());

  it('reads each text once, as it goes, and never holds more than READ_AHEAD_DOCUMENTS + 1', async () => {
    const counted = countingReads(nodeFileSystem, isArticleFileName);
    const index = await indexProject(counted.fileSystem, project.path, DEFAULT_LIMITS);
    for (const document of index.documents.values()) expect(document).not.toHaveProperty('text');
    const readWhileIndexing = counted.reads();
    // Texts read but not yet exported are texts in memory: counted after every document.
    const readAhead: number[] = [];
    const summary = await exportProject(counted.fileSystem, index, {
      format: 'jsonl',
      out: join(project.path, 'exports', 'alice.jsonl'),
      annotator: 'alice',
      onProgress: (done) => readAhead.push(counted.reads() - readWhileIndexing - done),
    });
    expect(summary.documents).toBe(DOCUMENTS);
    expect(counted.reads() - readWhileIndexing).toBe(DOCUMENTS);
    expect(readAhead).toHaveLength(DOCUMENTS);
    expect(Math.max(...readAhead)).toBeLessThanOrEqual(READ_AHEAD_DOCUMENTS + 1);
    const lines = readFileSync(join(project.path, 'exports', 'alice.jsonl'), 'utf8').split('\n');
    expect(JSON.parse(lines[41]!).text).toMatch(/^41\. Moscow demanded/);
  });

  it('leaves out a document whose text changed since indexing, naming its file', async () => {
    const index = await indexProject(nodeFileSystem, project.path, DEFAULT_LIMITS);
    const collection = join(project.path, 'corpus.jsonl');
    writeFileSync(collection, readFileSync(collection, 'utf8').replace('"5. Moscow', '"5. Moskva'));
    const summary = await exportProject(nodeFileSystem, index, {
      format: 'jsonl',
      out: join(project.path, 'exports', 'alice.jsonl'),
      annotator: 'alice',
    });
    expect(summary.documents).toBe(DOCUMENTS - 1);
    expect(summary.problems).toEqual([
      {
        file: 'corpus.jsonl',
        jsonPath: 'line 6',
        message: expect.stringMatching(/^changed on disk since the project was opened/),
        severity: 'error',
      },
    ]);
  });
});

describe('exportProject to brat', () => {
  it('writes a folder per annotator when the export holds several', async () => {
    const sample = copySampleProject();
    try {
      const index = await indexProject(nodeFileSystem, sample.path, DEFAULT_LIMITS);
      const out = join(sample.path, 'exports', 'brat');
      const summary = await exportProject(nodeFileSystem, index, { format: 'brat', out });
      expect(summary.documents).toBe(3);
      expect(readdirSync(out).sort()).toEqual(['alice', 'bob']);
      expect(readdirSync(join(out, 'alice')).sort()).toEqual([
        '288.ann',
        '288.txt',
        '517.ann',
        '517.txt',
        'annotation.conf',
        'visual.conf',
      ]);
      expect(readdirSync(join(out, 'bob')).sort()).toEqual([
        '288.ann',
        '288.txt',
        'annotation.conf',
        'visual.conf',
      ]);
      expect(readFileSync(join(out, 'bob', '288.ann'), 'utf8')).not.toBe(
        readFileSync(join(out, 'alice', '288.ann'), 'utf8'),
      );
    } finally {
      sample.remove();
    }
  });
});
