import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../contract/parleyContract';
import { createSyntheticProject } from '../services/testing/syntheticProject';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { callHost as call, serveProject } from './testing/servedProject';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const serve = (projectPath: string) => serveProject(projectPath, cleanups);

describe('export jobs through the browser host', () => {
  it('start → poll until done → the file is in exports/', async () => {
    const project = copySampleProject();
    cleanups.push(project.remove);
    const host = await serve(project.path);
    const started = await call<{ outcome: string; jobId: string; target: string }>(
      host,
      'startExport',
      { format: 'csv', fileName: 'spans.csv', annotator: 'alice', excel: true },
    );
    expect(started).toMatchObject({ outcome: 'started', target: 'exports/spans.csv' });
    let progress: ExportProgress;
    do {
      progress = await call<ExportProgress>(host, 'getExportProgress', { jobId: started.jobId });
    } while (progress.state === 'running');
    expect(progress).toMatchObject({
      state: 'done',
      summary: { documents: 2, spans: 14, files: ['exports/spans.csv'] },
    });
    expect(readFileSync(join(project.path, 'exports/spans.csv'), 'utf8')).toMatch(/^\uFEFF/);
    await expect(
      call(host, 'startExport', { format: 'csv', fileName: '../escape.csv' }),
    ).rejects.toThrow(/not a path/);
    expect(existsSync(join(project.path, '..', 'escape.csv'))).toBe(false);
  });

  it('keeps answering other requests while a long export runs', async () => {
    const project = createSyntheticProject(5_000);
    cleanups.push(project.remove);
    const host = await serve(project.path);
    const { jobId } = await call<{ jobId: string }>(host, 'startExport', {
      format: 'jsonl',
      fileName: 'all.jsonl',
    });
    const latencies: number[] = [];
    let progress: ExportProgress;
    for (;;) {
      progress = await call<ExportProgress>(host, 'getExportProgress', { jobId });
      if (progress.state !== 'running') break;
      const started = performance.now();
      await call(host, 'getProject', { annotator: 'nobody' });
      const latency = performance.now() - started;
      const after = await call<ExportProgress>(host, 'getExportProgress', { jobId });
      if (after.state === 'running') latencies.push(latency);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(progress).toMatchObject({ state: 'done', done: 5_000, summary: { documents: 5_000 } });
    // At least one request answered while the export was still running, and answered quickly.
    expect(latencies.length).toBeGreaterThan(0);
    // About 100 ms here while the export runs; a blocked event loop would take seconds.
    expect(Math.max(...latencies)).toBeLessThan(750);
  }, 60_000);
});
