import { afterEach, describe, expect, it } from 'vitest';
import type { AgreementReportProgress } from '../contract/parleyContract';
import { createSyntheticProject } from '../services/testing/syntheticProject';
import { callHost as call, postToHost as post, serveProject } from './testing/servedProject';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const serve = (projectPath: string) => serveProject(projectPath, cleanups);

describe('agreement report jobs through the browser host', () => {
  it('answer progress polls while the files are read, then the summary', async () => {
    const project = createSyntheticProject(300, ['alice', 'bob']);
    cleanups.push(project.remove);
    const host = await serve(project.path);
    const { jobId } = await call<{ jobId: string }>(host, 'startAgreementReport', {
      annotators: ['alice', 'bob'],
    });
    const counts: number[] = [];
    let progress: AgreementReportProgress;
    for (;;) {
      progress = await call<AgreementReportProgress>(host, 'getAgreementReportProgress', {
        jobId,
      });
      if (progress.state !== 'running') break;
      counts.push(progress.done);
    }
    expect(counts.filter((done) => done > 0).length).toBeGreaterThan(0);
    expect(progress).toMatchObject({
      state: 'done',
      done: 600,
      total: 600,
      result: { summary: { documentCount: 300, annotators: ['alice', 'bob'] }, problems: [] },
    });
    expect(progress.result!.summary.documents).toHaveLength(300);
  }, 30_000);

  it('refuses malformed input to the new methods before it reaches the service', async () => {
    const project = createSyntheticProject(1);
    cleanups.push(project.remove);
    const host = await serve(project.path);
    const oneAnnotator = await post(host, 'startAgreementReport', { annotators: ['alice'] });
    expect(oneAnnotator.status).toBe(400);
    expect(oneAnnotator.result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: /^malformed request to startAgreementReport/ },
    });
    for (const method of ['getAgreementReportProgress', 'cancelAgreementReport']) {
      const noJob = await post(host, method, { jobId: '' });
      expect(noJob.status).toBe(400);
    }
    const unknown = await post(host, 'getAgreementReportProgress', { jobId: 'job-1' });
    expect(unknown.result).toMatchObject({
      ok: false,
      error: { message: /^job-1: is not an agreement report of this project/, file: 'job-1' },
    });
  });
});
