import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CodePointIndex } from '../core/text/codePoints';
import { createAnnotation } from '../core/annotations/createAnnotation';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { withFault } from '../workspace/testing/faultyFileSystem';
import { ProjectService } from './projectService';

const NOW = '2026-11-27T10:00:00.000Z';
let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

async function openService() {
  return ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });
}

describe('ProjectService', () => {
  it('lists the documents with span counts and status for an annotator', async () => {
    const service = await openService();
    const snapshot = await service.getProject({ annotator: 'alice' });
    expect(snapshot.name).toBe('Sample: diplomacy and conflict');
    expect(
      snapshot.documents.map((document) => [
        document.id,
        document.spanCount,
        document.status,
        document.annotators,
      ]),
    ).toEqual([
      ['288', 7, 'done', ['alice', 'bob']],
      ['517', 7, 'done', ['alice']],
      ['733', 0, 'not-started', []],
    ]);
    expect(snapshot.problems).toEqual([]);
    expect((await service.getProject()).annotator).toBe('analyst');
  });

  it('gives one annotator’s span counts and statuses in the order of the project’s documents', async () => {
    const service = await openService();
    writeFileSync(join(project.path, 'annotations', 'bob', '288.json'), '{ not json');
    for (const annotator of ['alice', 'bob', 'nobody']) {
      const snapshot = await service.getProject({ annotator });
      expect(await service.getAnnotatorDocuments({ annotator })).toEqual({
        annotator,
        documentIds: snapshot.documents.map((document) => document.id),
        spanCounts: snapshot.documents.map((document) => document.spanCount),
        statuses: snapshot.documents.map((document) => document.status),
      });
    }
    const alice = await service.getAnnotatorDocuments({ annotator: 'alice' });
    expect(alice.spanCounts).toEqual([7, 7, 0]);
    expect(alice.statuses).toEqual(['done', 'done', 'not-started']);
    // An unreadable file counts as none here; opening it names the problem.
    expect((await service.getAnnotatorDocuments({ annotator: 'bob' })).spanCounts).toEqual([
      0, 0, 0,
    ]);
  });

  it('saves a new annotator file atomically and reads it back', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'carol' });
    expect(opened).toMatchObject({ revision: null, annotations: [], status: 'not-started' });
    const index = new CodePointIndex(opened.article.text);
    const start = index.toCodePoint(opened.article.text.indexOf('Russia denies any such plans'));
    const annotation = createAnnotation(index, {
      id: 'c1',
      label: 'denial',
      start,
      end: start + 28,
      now: NOW,
    });
    const result = await service.saveAnnotations({
      documentId: '288',
      annotator: 'carol',
      annotations: [annotation],
      baseRevision: null,
    });
    expect(result).toMatchObject({
      outcome: 'saved',
      file: 'annotations/carol/288.json',
      savedAt: NOW,
    });
    const onDisk = JSON.parse(
      readFileSync(join(project.path, 'annotations/carol/288.json'), 'utf8'),
    );
    expect(onDisk.annotations[0]).toMatchObject({
      start,
      end: start + 28,
      text: 'Russia denies any such plans',
    });
    expect(onDisk.document.textSha256).toBe(opened.article.textSha256);
    const reopened = await service.openDocument({ documentId: '288', annotator: 'carol' });
    expect(reopened.annotations).toEqual([annotation]);
    expect(reopened.revision).toBe(result.outcome === 'saved' ? result.revision : undefined);
  });

  it('reports a conflict instead of overwriting a file another program changed', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    const path = join(project.path, 'annotations/alice/288.json');
    const edited = readFileSync(path, 'utf8').replace(
      '"status": "done"',
      '"status": "in-progress"',
    );
    writeFileSync(path, edited);
    const input = {
      documentId: '288',
      annotator: 'alice',
      annotations: opened.annotations.slice(1),
      baseRevision: opened.revision,
    };
    const result = await service.saveAnnotations(input);
    expect(result).toMatchObject({ outcome: 'conflict', file: 'annotations/alice/288.json' });
    expect(readFileSync(path, 'utf8')).toBe(edited);
    const forced = await service.saveAnnotations({ ...input, overwrite: true });
    expect(forced.outcome).toBe('saved');
    expect(JSON.parse(readFileSync(path, 'utf8')).annotations).toHaveLength(6);
  });

  it('keeps file-level fields it does not know through a save', async () => {
    const path = join(project.path, 'annotations/alice/517.json');
    const original = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...original, reviewRound: 3 }));
    const service = await openService();
    const opened = await service.openDocument({ documentId: '517', annotator: 'alice' });
    await service.saveAnnotations({
      documentId: '517',
      annotator: 'alice',
      annotations: opened.annotations,
      baseRevision: opened.revision,
    });
    expect(JSON.parse(readFileSync(path, 'utf8')).reviewRound).toBe(3);
  });

  it('refuses to open a broken file as empty, naming the file and the problem', async () => {
    writeFileSync(
      join(project.path, 'annotations/alice/288.json'),
      '{"format": "parley-annotations", "version": 1',
    );
    const service = await openService();
    await expect(service.openDocument({ documentId: '288', annotator: 'alice' })).rejects.toThrow(
      /^annotations\/alice\/288\.json: cannot be opened: \$: is not valid JSON/,
    );
  });

  it('writes parley.json on the first save into a folder that had none', async () => {
    rmSync(join(project.path, 'parley.json'));
    const service = await openService();
    expect((await service.getProject()).annotator).toBe('annotator');
    await service.saveAnnotations({
      documentId: '733',
      annotator: 'annotator',
      annotations: [],
      baseRevision: null,
      status: 'done',
    });
    const config = JSON.parse(readFileSync(join(project.path, 'parley.json'), 'utf8'));
    expect(config.labels.map((label: { id: string }) => label.id)).toEqual([
      'demand',
      'denial',
      'threat',
      'offer',
    ]);
  });

  it('never writes over an invalid parley.json', async () => {
    writeFileSync(join(project.path, 'parley.json'), '{"name": ""}');
    const service = await openService();
    const snapshot = await service.getProject();
    expect(snapshot.problems[0]).toMatchObject({ file: 'parley.json', severity: 'error' });
    await service.saveAnnotations({
      documentId: '733',
      annotator: 'x',
      annotations: [],
      baseRevision: null,
    });
    expect(readFileSync(join(project.path, 'parley.json'), 'utf8')).toBe('{"name": ""}');
  });

  it('reports duplicate document ids naming both files', async () => {
    mkdirSync(join(project.path, 'copies'));
    writeFileSync(
      join(project.path, 'copies/again.txt'),
      readFileSync(join(project.path, '733_border_standoff.txt')),
    );
    const service = await openService();
    const snapshot = await service.getProject();
    expect(snapshot.problems).toEqual([
      expect.objectContaining({
        file: 'copies/again.txt',
        message: expect.stringContaining('already used by 733_border_standoff.txt'),
      }),
    ]);
  });

  it('refuses exact duplicate spans', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    const twice = [...opened.annotations, { ...opened.annotations[0]!, id: 'copy' }];
    await expect(
      service.saveAnnotations({
        documentId: '288',
        annotator: 'alice',
        annotations: twice,
        baseRevision: opened.revision,
      }),
    ).rejects.toThrow(/was not saved: two "\w+" spans cover exactly/);
  });

  it('leaves the file as it was when the disk fails, with a plain message', async () => {
    const path = join(project.path, 'annotations/alice/288.json');
    const before = readFileSync(path);
    const service = await ProjectService.open(
      withFault(nodeFileSystem, 'write', 'ENOSPC'),
      project.path,
      { now: () => NOW },
    );
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    await expect(
      service.saveAnnotations({
        documentId: '288',
        annotator: 'alice',
        annotations: [],
        baseRevision: opened.revision,
      }),
    ).rejects.toThrow(
      'annotations/alice/288.json: could not save (write failed): the disk is full (ENOSPC)',
    );
    expect(readFileSync(path)).toEqual(before);
  });

  it('removes temp files a crash left behind when it opens', async () => {
    const leftover = join(project.path, 'annotations/alice/.288.json.abc.parley-tmp');
    writeFileSync(leftover, '{"half');
    await openService();
    expect(existsSync(leftover)).toBe(false);
  });
});
