import { relative, sep } from 'node:path';
import type {
  ExportFormatDescription,
  ExportProgress,
  ExportSummary,
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
import { HostJobs, type HostJobsOptions } from './hostJobs';
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

export type ExportJobsOptions = HostJobsOptions;

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

/**
 * Exports running in the host process (Electron main or the browser host), one job each:
 * started by the page, polled for progress, cancellable, and forgotten a while after they
 * end. The target is always `exports/<fileName>` inside the project. A job's key is the
 * absolute path of its target, to refuse a second export into it while one runs.
 */
export class ExportJobs extends HostJobs<ExportProgress, string> {
  constructor(
    private readonly fileSystem: FileSystem,
    private readonly project: () => ProjectIndex,
    options: ExportJobsOptions = {},
  ) {
    super(
      {
        unknownJob:
          'is not an export of this project (finished exports are forgotten after a while)',
        unexpectedFailure: 'the export failed unexpectedly; details are in the log',
        logMessage: 'parley: an export failed',
      },
      options,
    );
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
    const running = this.running();
    if (running.includes(absoluteTarget))
      throw new ParleyError(target, 'is being exported already');
    if (running.length >= MAX_RUNNING_JOBS)
      throw new ParleyError(
        target,
        `was not started: ${running.length} exports are running already`,
      );

    const progress = this.launch(
      (jobId) => ({ jobId, state: 'running', format: input.format, target, done: 0, total: 0 }),
      absoluteTarget,
      async (progress, signal) => {
        const written = await exportProject(this.fileSystem, index, {
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
          signal,
          onProgress: (done, total) => {
            progress.done = done;
            progress.total = total;
          },
        });
        progress.summary = summarize(
          written,
          index.realRoot,
          (documentId) => index.documents.get(documentId)?.title ?? documentId,
        );
      },
    );
    return { outcome: 'started', jobId: progress.jobId, target };
  }

  /** True when replacing `path` could lose something: a file, or a folder with anything in it. */
  private async holdsSomething(path: string): Promise<boolean> {
    const stat = await this.fileSystem.stat(path).catch(() => undefined);
    if (!stat) return false;
    if (!stat.isDirectory) return true;
    // A cancelled folder export leaves its empty folder behind; there is nothing in it to lose.
    return (await this.fileSystem.readDirectory(path)).length > 0;
  }
}
