import { randomUUID } from 'node:crypto';
import { relative, sep } from 'node:path';
import type {
  ExportFormatDescription,
  ExportProgress,
  ExportSummary,
  RemoteError,
  StartExportInput,
  StartExportResult,
} from '../contract/parleyContract';
import { ParleyError } from '../core/errors';
import {
  defaultExportFileName,
  EXPORT_FILE_EXTENSIONS,
  exportFileNameProblem,
} from '../core/export/exportFileName';
import {
  EXPORT_FORMAT_INFO,
  EXPORT_FORMATS,
  type ExportFormat,
} from '../core/export/exportFormats';
import { countWarnings, type ExportWarning } from '../core/export/exportWarning';
import type { FileSystem } from '../core/ports/fileSystem';
import { EXPORTS_FOLDER } from '../core/project/annotationPaths';
import { resolveInsideProject } from '../workspace/projectPaths';
import { exportProject, type ExportSummary as WrittenExport } from './exportProject';
import type { ProjectIndex } from './projectIndex';

/** Exports that may run at once; each holds temp files and a share of the thread. */
const MAX_RUNNING_JOBS = 4;
/** Warnings listed per document in a summary; the rest are only counted. */
const LISTED_WARNINGS_PER_DOCUMENT = 20;
/** Warnings listed in a whole summary, so that polling it stays cheap. */
const LISTED_WARNINGS = 2_000;

const FORMAT_OPTIONS: Partial<Record<ExportFormat, ExportFormatDescription['options']>> = {
  csv: ['excel'],
  conll: ['overlap', 'locale'],
  hf: ['overlap', 'locale'],
};

/** The export formats as the export dialog offers them. */
export function describeExportFormats(): ExportFormatDescription[] {
  return EXPORT_FORMATS.map((format) => ({
    format,
    title: EXPORT_FORMAT_INFO[format].title,
    layout: EXPORT_FORMAT_INFO[format].layout,
    extensions: [...EXPORT_FILE_EXTENSIONS[format]],
    defaultFileName: defaultExportFileName(format),
    options: FORMAT_OPTIONS[format] ?? [],
  }));
}

export interface ExportJobsOptions {
  /** Milliseconds a finished job stays readable before it is forgotten. */
  keepFinishedMs?: number;
  /** Logs failures that are not the analyst's to fix; the job reports a generic message. */
  logError?: (error: unknown) => void;
}

interface Job {
  progress: ExportProgress;
  controller: AbortController;
  /** Absolute path of the target, to refuse a second export into it while this one runs. */
  absoluteTarget: string;
  finished: Promise<void>;
}

function projectRelative(realRoot: string, absolutePath: string): string {
  return relative(realRoot, absolutePath).split(sep).join('/');
}

function summarize(
  written: WrittenExport,
  realRoot: string,
  titles: (documentId: string) => string,
): ExportSummary {
  const byDocument = new Map<string, ExportWarning[]>();
  for (const warning of written.warnings) {
    const warnings = byDocument.get(warning.documentId) ?? [];
    warnings.push(warning);
    byDocument.set(warning.documentId, warnings);
  }
  let listed = 0;
  const documentWarnings = [...byDocument].map(([documentId, warnings]) => {
    const shown = warnings.slice(
      0,
      Math.max(0, Math.min(LISTED_WARNINGS_PER_DOCUMENT, LISTED_WARNINGS - listed)),
    );
    listed += shown.length;
    return {
      documentId,
      title: titles(documentId),
      counts: countWarnings(warnings),
      warnings: shown.map(({ spanId, kind, message }) => ({
        ...(spanId === undefined ? {} : { spanId }),
        kind,
        message,
      })),
    };
  });
  return {
    documents: written.documents,
    spans: written.spans,
    files: written.files.map((file) => projectRelative(realRoot, file)),
    warningCounts: countWarnings(written.warnings),
    documentWarnings,
    unlistedWarnings: written.warnings.length - listed,
    problems: written.problems,
  };
}

function describeFailure(error: unknown, logError: (error: unknown) => void): RemoteError {
  if (error instanceof ParleyError) return { message: error.message, file: error.file };
  logError(error);
  return { message: 'the export failed unexpectedly; details are in the log', code: 'internal' };
}

/**
 * Exports running in the host process (Electron main or the browser host), one job each:
 * started by the page, polled for progress, cancellable, and forgotten a while after they
 * end. The target is always `exports/<fileName>` inside the project.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, Job>();
  private readonly keepFinishedMs: number;
  private readonly logError: (error: unknown) => void;

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly project: () => ProjectIndex,
    options: ExportJobsOptions = {},
  ) {
    this.keepFinishedMs = options.keepFinishedMs ?? 10 * 60_000;
    this.logError =
      options.logError ?? ((error) => console.error('parley: an export failed', error));
  }

  async start(input: StartExportInput): Promise<StartExportResult> {
    const problem = exportFileNameProblem(input.format, input.fileName);
    if (problem) throw new ParleyError(input.fileName || '(no name)', problem);
    if (input.locale !== undefined) {
      try {
        Intl.getCanonicalLocales(input.locale);
      } catch {
        throw new ParleyError(input.locale, 'is not a language tag Parley knows');
      }
    }
    const index = this.project();
    const target = `${EXPORTS_FOLDER}/${input.fileName}`;
    const absoluteTarget = await resolveInsideProject(this.fileSystem, index.realRoot, target);
    if (!input.replace && (await this.holdsSomething(absoluteTarget)))
      return { outcome: 'exists', target };
    // From here to registering the job nothing awaits, so two calls cannot both pass the checks.
    const running = [...this.jobs.values()].filter((job) => job.progress.state === 'running');
    if (running.some((job) => job.absoluteTarget === absoluteTarget))
      throw new ParleyError(target, 'is being exported already');
    if (running.length >= MAX_RUNNING_JOBS)
      throw new ParleyError(
        target,
        `was not started: ${running.length} exports are running already`,
      );

    const jobId = randomUUID();
    const controller = new AbortController();
    const progress: ExportProgress = {
      jobId,
      state: 'running',
      format: input.format,
      target,
      done: 0,
      total: 0,
    };
    const finished = exportProject(this.fileSystem, index, {
      format: input.format,
      out: absoluteTarget,
      annotator: input.annotator,
      documents: input.documents,
      includeUnannotated: input.includeUnannotated,
      options: {
        labels: input.labels,
        excel: input.excel,
        overlap: input.overlap,
        locale: input.locale,
      },
      signal: controller.signal,
      onProgress: (done, total) => {
        progress.done = done;
        progress.total = total;
      },
    })
      .then(
        (written) => {
          progress.state = 'done';
          progress.summary = summarize(
            written,
            index.realRoot,
            (documentId) => index.documents.get(documentId)?.title ?? documentId,
          );
        },
        (error: unknown) => {
          if (controller.signal.aborted) progress.state = 'cancelled';
          else {
            progress.state = 'failed';
            progress.error = describeFailure(error, this.logError);
          }
        },
      )
      .catch((error: unknown) => {
        progress.state = 'failed';
        progress.error = describeFailure(error, this.logError);
      });
    this.jobs.set(jobId, { progress, controller, absoluteTarget, finished });
    void finished.then(() => {
      setTimeout(() => this.jobs.delete(jobId), this.keepFinishedMs).unref();
    });
    return { outcome: 'started', jobId, target };
  }

  progress(jobId: string): ExportProgress {
    return structuredClone(this.job(jobId).progress);
  }

  /** Asks the job to stop; it turns `cancelled` once its temp files are gone. */
  cancel(jobId: string): ExportProgress {
    const job = this.job(jobId);
    if (job.progress.state === 'running') job.controller.abort();
    return structuredClone(job.progress);
  }

  /** Resolves when the job has ended, whichever way. */
  async finished(jobId: string): Promise<ExportProgress> {
    const job = this.job(jobId);
    await job.finished;
    return structuredClone(job.progress);
  }

  /** How many jobs are remembered (running or recently finished). */
  get size(): number {
    return this.jobs.size;
  }

  /** Cancels every running job and waits until each has cleaned up. */
  async cancelAll(): Promise<void> {
    const jobs = [...this.jobs.values()];
    for (const job of jobs) if (job.progress.state === 'running') job.controller.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }

  /** True when replacing `path` could lose something: a file, or a folder with anything in it. */
  private async holdsSomething(path: string): Promise<boolean> {
    const stat = await this.fileSystem.stat(path).catch(() => undefined);
    if (!stat) return false;
    if (!stat.isDirectory) return true;
    // A cancelled folder export leaves its empty folder behind; there is nothing in it to lose.
    return (await this.fileSystem.readDirectory(path)).length > 0;
  }

  private job(jobId: string): Job {
    const job = this.jobs.get(jobId);
    if (!job)
      throw new ParleyError(
        jobId,
        'is not an export of this project (finished exports are forgotten after a while)',
      );
    return job;
  }
}
