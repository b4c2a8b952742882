import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { reportFileNameProblem } from './agreementReportExport';
import { ProjectService } from './projectService';

const NOW = '2026-11-27T10:00:00.000Z';
let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

describe('agreement report export', () => {
  it.each([
    ['html', 'agreement.html', undefined],
    ['html', 'agreement.HTM', undefined],
    ['csv', 'agreement.csv', undefined],
    ['csv', 'agreement.html', 'must end in ".csv" for csv'],
    ['html', '../agreement.html', 'must be a name, not a path (no "/" or "\\")'],
    ['html', '.agreement.html', 'must not start with "." (such files are hidden)'],
    ['csv', '', 'give the export a name'],
  ] as const)('%s named %j: %s', (format, name, problem) => {
    expect(reportFileNameProblem(format, name)).toBe(problem);
  });

  it('reports agreement and writes HTML and CSV into exports/, never over a file unasked', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });
    const { jobId } = await service.startAgreementReport({ annotators: ['alice', 'bob'] });
    const { result } = await service.agreementJobs.finished(jobId);
    expect(result?.summary.annotators).toEqual(['alice', 'bob']);
    expect(result?.summary.documents.map((row) => row.name)).toEqual(['288']);

    expect(
      await service.exportAgreementReport({ format: 'html', fileName: 'agreement.html' }),
    ).toEqual({ outcome: 'written', target: 'exports/agreement.html' });
    const html = readFileSync(join(project.path, 'exports', 'agreement.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('alice ~ bob');

    expect(
      await service.exportAgreementReport({ format: 'csv', fileName: 'agreement.csv' }),
    ).toEqual({
      outcome: 'written',
      target: 'exports/agreement.csv',
    });
    expect(readFileSync(join(project.path, 'exports', 'agreement.csv'), 'utf8')).toMatch(
      /^table,name,exact_f1,overlap_f1,kappa,alpha_u\r\nlabel,demand,/,
    );
    expect(
      await service.exportAgreementReport({ format: 'csv', fileName: 'agreement.csv' }),
    ).toEqual({ outcome: 'exists', target: 'exports/agreement.csv' });
    await expect(
      service.exportAgreementReport({ format: 'csv', fileName: 'a/../../x.csv' }),
    ).rejects.toThrow(/not a path/);
  });

  it('writes the figures the page shows without computing them again, until a file is written', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });
    const selection = { annotators: ['alice', 'bob'] };
    const exportCsv = (reportId?: string, annotators = selection.annotators) =>
      service.exportAgreementReport({
        annotators,
        ...(reportId ? { reportId } : {}),
        format: 'csv',
        fileName: 'agreement.csv',
        replace: true,
      });
    const csv = () => readFileSync(join(project.path, 'exports', 'agreement.csv'), 'utf8');
    const bobFile = join(project.path, 'annotations', 'bob', '288.json');
    const bobBytes = readFileSync(bobFile);
    const computed = async () => {
      const { jobId } = await service.startAgreementReport(selection);
      await service.agreementJobs.finished(jobId);
      return jobId;
    };

    // bob's file goes behind Parley's back: the report the page names is written as computed...
    const first = await computed();
    rmSync(bobFile);
    await exportCsv(first);
    expect(csv()).toContain('\r\ndocument,288,');
    // ...while without it, for other annotators, or for another job, it is computed now.
    await exportCsv();
    expect(csv()).not.toContain('\r\ndocument,288,');
    await exportCsv(first, ['bob', 'alice']);
    expect(csv()).not.toContain('\r\ndocument,288,');
    await exportCsv('another-job');
    expect(csv()).not.toContain('\r\ndocument,288,');

    // A save through Parley makes the held report unusable.
    writeFileSync(bobFile, bobBytes);
    const second = await computed();
    await exportCsv(second);
    const before = csv();
    const opened = await service.openDocument({ documentId: '288', annotator: 'bob' });
    await service.saveAnnotations({
      documentId: '288',
      annotator: 'bob',
      annotations: [],
      baseRevision: opened.revision,
    });
    await exportCsv(second);
    expect(csv()).not.toBe(before);

    // So does a save made while the report was computed: it may have read the old file.
    const running = await service.startAgreementReport(selection);
    service.agreementJobs.forgetReports();
    await service.agreementJobs.finished(running.jobId);
    rmSync(bobFile);
    await exportCsv(running.jobId);
    expect(csv()).not.toContain('\r\ndocument,288,');
  });
});
