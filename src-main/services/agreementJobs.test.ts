import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AgreementReportProgress } from '../contract/parleyContract';
import { summarizeAgreement } from '../core/review/agreementSummary';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { AgreementJobs } from './agreementJobs';
import { computeProjectAgreement } from './projectAgreement';
import { DEFAULT_LIMITS, indexProject } from './projectIndex';
import { ProjectService } from './projectService';
import { createSyntheticProject } from './testing/syntheticProject';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A synthetic project of `count` documents, each annotated by alice and, identically, bob. */
function twoAnnotatorProject(count: number): string {
  const project = createSyntheticProject(count, ['alice', 'bob']);
  cleanups.push(project.remove);
  return project.path;
}

async function open(path: string): Promise<ProjectService> {
  const service = await ProjectService.open(nodeFileSystem, path);
  cleanups.push(() => service.close());
  return service;
}

/** Polls like the page, but as fast as the event loop allows; every answer, in order. */
async function pollUntilEnded(
  service: ProjectService,
  jobId: string,
  onRunning?: (progress: AgreementReportProgress) => void,
): Promise<AgreementReportProgress[]> {
  const seen: AgreementReportProgress[] = [];
  for (;;) {
    const progress = await service.getAgreementReportProgress({ jobId });
    seen.push(progress);
    if (progress.state !== 'running') return seen;
    onRunning?.(progress);
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

describe('agreement report jobs', () => {
  it('count the annotation files read while they run, then hold the summary tables', async () => {
    const path = twoAnnotatorProject(200);
    const service = await open(path);
    const { jobId } = await service.startAgreementReport({});
    const seen = await pollUntilEnded(service, jobId);

    const running = seen.filter((progress) => progress.state === 'running');
    const reading = running.filter((progress) => progress.phase === 'reading');
    // Answered while it read: several distinct counts, never going back, out of all 400 files.
    const counts = reading.map((progress) => progress.done);
    expect(new Set(counts.filter((done) => done > 0 && done < 400)).size).toBeGreaterThan(1);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(running.every((progress) => progress.total === 400 || progress.done === 0)).toBe(true);

    const ended = seen.at(-1)!;
    expect(ended).toMatchObject({ jobId, state: 'done', done: 400, total: 400 });
    const index = await indexProject(nodeFileSystem, path, DEFAULT_LIMITS);
    const { report } = await computeProjectAgreement(nodeFileSystem, index);
    expect(ended.result).toEqual({ summary: summarizeAgreement(report), problems: [] });
    expect(ended.result!.summary).toMatchObject({
      annotators: ['alice', 'bob'],
      documentCount: 200,
    });
    expect(ended.result!.summary.pairs).toEqual([
      { name: 'alice ~ bob', exactF1: 1, overlapF1: 1, kappa: 1, alpha: null },
    ]);
  });

  it('leave out an invalid file, naming it, and by default the document it is about', async () => {
    const path = twoAnnotatorProject(4);
    writeFileSync(join(path, 'annotations', 'bob', 'd2.json'), '{"format": "parley-anno');
    const service = await open(path);
    const { jobId } = await service.startAgreementReport({});
    const { result } = await service.agreementJobs.finished(jobId);
    expect(result!.summary.documents.map((row) => row.name)).toEqual(['d0', 'd1', 'd3']);
    expect(result!.problems).toEqual([
      expect.objectContaining({ file: 'annotations/bob/d2.json', severity: 'error' }),
    ]);
  });

  it('stop when cancelled, and say so', async () => {
    const service = await open(twoAnnotatorProject(400));
    const { jobId } = await service.startAgreementReport({});
    const seen = await pollUntilEnded(service, jobId, (progress) => {
      if (progress.done > 0) service.cancelAgreementReport({ jobId });
    });
    const ended = seen.at(-1)!;
    expect(ended.state).toBe('cancelled');
    expect(ended.done).toBeLessThan(800);
    expect(ended.result).toBeUndefined();
  });

  it('fail with the problem and what it concerns, logging only the unexpected', async () => {
    const project = copySampleProject();
    cleanups.push(project.remove);
    const index = await indexProject(nodeFileSystem, project.path, DEFAULT_LIMITS);
    const logError = vi.fn();
    const jobs = new AgreementJobs(nodeFileSystem, () => index, { logError });

    const missing = jobs.start({ annotators: ['alice', 'bob'], documents: ['nope'] });
    expect(await jobs.finished(missing.jobId)).toMatchObject({
      state: 'failed',
      error: { message: 'nope: is not a document of this project', file: 'nope' },
    });
    const twice = jobs.start({ annotators: ['alice', 'bob'], labels: ['demand', 'demand'] });
    expect(await jobs.finished(twice.jobId)).toMatchObject({
      state: 'failed',
      error: {
        message: 'the agreement report failed unexpectedly; details are in the log',
        code: 'internal',
      },
    });
    expect(logError).toHaveBeenCalledTimes(1);
    expect(() => jobs.progress('unknown')).toThrow(/unknown: is not an agreement report/);
  });

  it('refuse a document the project does not have before starting', async () => {
    const project = copySampleProject();
    cleanups.push(project.remove);
    const service = await open(project.path);
    await expect(service.startAgreementReport({ documents: ['nope'] })).rejects.toThrow(
      'nope: is not a document of this project',
    );
    expect(service.agreementJobs.size).toBe(0);
  });
});
