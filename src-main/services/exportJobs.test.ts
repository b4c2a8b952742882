import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { findTempFiles } from '../workspace/testing/tempFiles';
import { copySampleProject, createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { describeExportFormats } from './exportJobs';
import { ProjectService } from './projectService';
import { createSyntheticProject } from './testing/syntheticProject';

let project: { path: string; remove: () => void };
let service: ProjectService;
beforeEach(async () => {
  project = copySampleProject();
  service = await ProjectService.open(nodeFileSystem, project.path);
});
afterEach(async () => {
  await service.close();
  project.remove();
});

async function startedJob(result: Awaited<ReturnType<ProjectService['startExport']>>) {
  if (result.outcome !== 'started')
    throw new Error(`expected a started job, got ${result.outcome}`);
  return result;
}

describe('export jobs', () => {
  it('export into exports/<fileName> and sum up documents, spans and files', async () => {
    const { jobId, target } = await startedJob(
      await service.startExport({ format: 'jsonl', fileName: 'alice.jsonl', annotator: 'alice' }),
    );
    expect(target).toBe('exports/alice.jsonl');
    const progress = await service.exportJobs.finished(jobId);
    expect(progress).toMatchObject({
      jobId,
      state: 'done',
      format: 'jsonl',
      target: 'exports/alice.jsonl',
      done: 3,
      total: 3,
      summary: {
        documents: 2,
        spans: 14,
        files: ['exports/alice.jsonl'],
        problems: [],
      },
    });
    expect(
      readFileSync(join(project.path, 'exports/alice.jsonl'), 'utf8').split('\n'),
    ).toHaveLength(3);
    expect(findTempFiles(project.path)).toEqual([]);
    await expect(service.getExportProgress({ jobId })).resolves.toEqual(progress);
  });

  it('lists the warnings of each document under its title', async () => {
    const { jobId } = await startedJob(
      await service.startExport({ format: 'doccano', fileName: 'alice.jsonl', annotator: 'alice' }),
    );
    const { summary } = await service.exportJobs.finished(jobId);
    const total = Object.values(summary!.warningCounts).reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(0);
    expect(summary!.documentWarnings.map((entry) => entry.documentId)).toEqual(['288', '517']);
    for (const entry of summary!.documentWarnings) {
      expect(entry.title).not.toBe('');
      expect(entry.warnings.length).toBe(
        Object.values(entry.counts).reduce((sum, count) => sum + count, 0),
      );
    }
    expect(summary!.unlistedWarnings).toBe(0);
  });

  it('answers `exists` instead of replacing an export, unless told to replace it', async () => {
    mkdirSync(join(project.path, 'exports'));
    writeFileSync(join(project.path, 'exports/old.csv'), 'keep me');
    await expect(service.startExport({ format: 'csv', fileName: 'old.csv' })).resolves.toEqual({
      outcome: 'exists',
      target: 'exports/old.csv',
    });
    expect(readFileSync(join(project.path, 'exports/old.csv'), 'utf8')).toBe('keep me');
    const { jobId } = await startedJob(
      await service.startExport({ format: 'csv', fileName: 'old.csv', replace: true }),
    );
    expect((await service.exportJobs.finished(jobId)).state).toBe('done');
    expect(readFileSync(join(project.path, 'exports/old.csv'), 'utf8')).toMatch(/^document_id,/);
    // An empty folder (a cancelled folder export leaves one) holds nothing to lose.
    mkdirSync(join(project.path, 'exports/brat'));
    expect((await service.startExport({ format: 'brat', fileName: 'brat' })).outcome).toBe(
      'started',
    );
  });

  it.each([
    ['../x.jsonl', 'jsonl'],
    ['/etc/x', 'jsonl'],
    ['a/b.csv', 'csv'],
    ['a\\b.csv', 'csv'],
    ['..', 'brat'],
    ['', 'jsonl'],
    ['x.csv', 'jsonl'],
    ['.x.jsonl', 'jsonl'],
  ] as const)('refuses the name %j and writes nothing', async (fileName, format) => {
    await expect(service.startExport({ format, fileName })).rejects.toThrow(/name|path|must|end/);
    expect(existsSync(join(project.path, 'exports'))).toBe(false);
    expect(readdirSync(join(project.path, '..'))).toEqual(['project']);
  });

  it('refuses an exports folder that is a link leading out of the project', async () => {
    const outside = createTemporaryFolder();
    try {
      symlinkSync(outside.path, join(project.path, 'exports'));
      await expect(service.startExport({ format: 'jsonl', fileName: 'x.jsonl' })).rejects.toThrow(
        /leads outside the project folder/,
      );
      expect(readdirSync(outside.path)).toEqual([]);
    } finally {
      outside.remove();
    }
  });

  it('refuses a language tag it cannot use', async () => {
    await expect(
      service.startExport({ format: 'conll', fileName: 'x.conll', locale: 'en-x' }),
    ).rejects.toThrow(/not a language tag/);
  });

  it('reports a failure with the file it concerns', async () => {
    mkdirSync(join(project.path, 'exports/taken.jsonl'), { recursive: true });
    writeFileSync(join(project.path, 'exports/taken.jsonl/inside'), '');
    const { jobId } = await startedJob(
      await service.startExport({ format: 'jsonl', fileName: 'taken.jsonl', replace: true }),
    );
    const progress = await service.exportJobs.finished(jobId);
    expect(progress.state).toBe('failed');
    expect(progress.error?.file).toMatch(/taken\.jsonl$/);
    expect(findTempFiles(project.path)).toEqual([]);
  });

  it('never writes back an export as an article of the project', async () => {
    const { jobId } = await startedJob(
      await service.startExport({ format: 'brat', fileName: 'brat', annotator: 'alice' }),
    );
    expect((await service.exportJobs.finished(jobId)).state).toBe('done');
    expect(readdirSync(join(project.path, 'exports/brat'))).toContain('288.txt');
    await service.reload();
    expect([...service.projectIndex.documents.keys()].sort()).toEqual(['288', '517', '733']);
  });

  it('forgets a job once it has been finished for a while', async () => {
    const quick = await ProjectService.open(nodeFileSystem, project.path, {
      exportJobs: { keepFinishedMs: 0 },
    });
    const { jobId } = await startedJob(
      await quick.startExport({ format: 'csv', fileName: 'a.csv' }),
    );
    await quick.exportJobs.finished(jobId);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(quick.exportJobs.size).toBe(0);
    await expect(quick.getExportProgress({ jobId })).rejects.toThrow(/not an export/);
  });

  it('sweeps the temp files an export cut short by a crash left behind', async () => {
    mkdirSync(join(project.path, 'exports/brat'), { recursive: true });
    writeFileSync(join(project.path, 'exports/.a.csv.0123456789ab.parley-tmp'), 'half');
    writeFileSync(join(project.path, 'exports/brat/.288.ann.0123456789ab.parley-tmp'), 'half');
    writeFileSync(join(project.path, 'exports/brat/288.ann'), 'kept');
    await ProjectService.open(nodeFileSystem, project.path);
    expect(findTempFiles(project.path)).toEqual([]);
    expect(readdirSync(join(project.path, 'exports/brat'))).toEqual(['288.ann']);
  });

  it('describes every format for the export dialog', () => {
    const formats = describeExportFormats();
    expect(formats.find((format) => format.format === 'csv')).toEqual({
      format: 'csv',
      title: 'CSV, one span per row',
      layout: 'file',
      extensions: ['.csv'],
      defaultFileName: 'annotations.csv',
      options: ['excel'],
    });
    expect(formats.find((format) => format.format === 'brat')).toMatchObject({
      layout: 'folder',
      extensions: [],
      defaultFileName: 'brat',
    });
  });
});

// Large enough that an export is still running when the test cancels it, on a fast machine too.
const LARGE = 3_000;

describe('a long export job', () => {
  let large: { path: string; remove: () => void };
  let largeService: ProjectService;
  beforeEach(async () => {
    large = createSyntheticProject(LARGE);
    largeService = await ProjectService.open(nodeFileSystem, large.path);
  });
  afterEach(async () => {
    await largeService.close();
    large.remove();
  });

  async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
    while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 2));
  }

  it('reports progress while it runs', async () => {
    const { jobId } = await startedJob(
      await largeService.startExport({ format: 'csv', fileName: 'all.csv' }),
    );
    const seen = new Set<number>();
    await waitUntil(async () => {
      const progress = await largeService.getExportProgress({ jobId });
      seen.add(progress.done);
      return progress.state !== 'running';
    });
    expect(seen.size).toBeGreaterThan(2);
    expect(await largeService.getExportProgress({ jobId })).toMatchObject({
      state: 'done',
      done: LARGE,
      total: LARGE,
      summary: { documents: LARGE },
    });
  });

  it('stops when cancelled, leaving no file, no temp file and the old export untouched', async () => {
    mkdirSync(join(large.path, 'exports'));
    writeFileSync(join(large.path, 'exports/all.jsonl'), 'the previous export');
    const { jobId } = await startedJob(
      await largeService.startExport({ format: 'jsonl', fileName: 'all.jsonl', replace: true }),
    );
    await expect(
      largeService.startExport({ format: 'jsonl', fileName: 'all.jsonl', replace: true }),
    ).rejects.toThrow(/is being exported already/);
    await waitUntil(async () => (await largeService.getExportProgress({ jobId })).done >= 10);
    expect((await largeService.cancelExport({ jobId })).state).toBe('running');
    const progress = await largeService.exportJobs.finished(jobId);
    expect(progress.state).toBe('cancelled');
    expect(progress.done).toBeLessThan(LARGE);
    expect(progress.summary).toBeUndefined();
    expect(readdirSync(join(large.path, 'exports'))).toEqual(['all.jsonl']);
    expect(readFileSync(join(large.path, 'exports/all.jsonl'), 'utf8')).toBe('the previous export');
    expect(findTempFiles(large.path)).toEqual([]);
  });

  it('runs at most four exports at once', async () => {
    for (const name of ['a', 'b', 'c', 'd'])
      await startedJob(await largeService.startExport({ format: 'csv', fileName: `${name}.csv` }));
    await expect(largeService.startExport({ format: 'csv', fileName: 'e.csv' })).rejects.toThrow(
      /4 exports are running already/,
    );
  });

  it('cancelled before it began, it writes nothing at all', async () => {
    const { jobId } = await startedJob(
      await largeService.startExport({ format: 'brat', fileName: 'brat' }),
    );
    await largeService.cancelExport({ jobId });
    expect((await largeService.exportJobs.finished(jobId)).state).toBe('cancelled');
    const exportsFolder = join(large.path, 'exports');
    const left = existsSync(exportsFolder)
      ? readdirSync(exportsFolder, { recursive: true, withFileTypes: true })
      : [];
    expect(left.filter((entry) => !entry.isDirectory())).toEqual([]);
    expect(findTempFiles(large.path)).toEqual([]);
  });
});
