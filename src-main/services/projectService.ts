import { randomUUID } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { Annotation, AnnotationFile } from '../core/annotations/annotationSchema';
import { ANNOTATION_FORMAT, CURRENT_FORMAT_VERSION } from '../core/annotations/annotationSchema';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import { serializeAnnotationFile } from '../core/annotations/serializeAnnotationFile';
import type { Article } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import { decodeUtf8 } from '../core/text/decodeUtf8';
import type { FileSystem } from '../core/ports/fileSystem';
import {
  ANNOTATIONS_FOLDER,
  EXPORTS_FOLDER,
  PROJECT_CONFIG_FILE,
  annotationFilePath,
} from '../core/project/annotationPaths';
import { serializeProjectConfig } from '../core/project/loadProjectConfig';
import { rejectionsOfFile, type Rejection } from '../core/review/adjudication';
import {
  reviewProgressByDocument,
  type DocumentReviewProgress,
  type ReviewProgressSelection,
} from '../core/review/reviewProgress';
import type {
  AgreementReportProgress,
  AnnotatorDocuments,
  DocumentStatus,
  DocumentSummary,
  ExportAgreementReportInput,
  ExportFormatDescription,
  ExportProgress,
  ImportAnnotationFilesInput,
  ImportReport,
  OpenedDocument,
  ParleyApi,
  ProjectSnapshot,
  ReviewDocument,
  SaveAnnotationsInput,
  SaveResult,
  StartExportInput,
  StartExportResult,
  WriteRecoveryJournalInput,
  WriteRecoveryJournalResult,
} from '../contract/parleyContract';
import { removeLeftoverTempFiles, writeFileAtomically } from '../workspace/atomicWrite';
import { revisionOf } from '../workspace/fileRevision';
import { listAllAnnotationFiles, listAnnotators } from '../workspace/projectFolder';
import { isInsideProject, resolveInsideProject } from '../workspace/projectPaths';
import { readFileCapped } from '../workspace/readFileCapped';
import { systemErrorCode } from '../workspace/storageError';
import { describeExportFormats, ExportJobs, type ExportJobsOptions } from './exportJobs';
import { importAnnotationFiles } from './importAnnotationFiles';
import { readReviewDocument } from './reviewDocument';
import { exportAgreementReport } from './agreementReportExport';
import { AgreementJobs } from './agreementJobs';
import type { HostJobsOptions } from './hostJobs';
import type { AgreementSelection } from './projectAgreement';
import {
  deleteRecoveryJournal,
  judgeRecoveryJournal,
  readRecoveryJournal,
  removeLeftoverJournalTempFiles,
  writeRecoveryJournal,
  recoveryJournalPath,
} from './recoveryJournal';
import type { IndexedArticle } from './articleStore';
import { HeldSpanLists } from '../core/annotations/heldSpanLists';
import {
  DEFAULT_LIMITS,
  indexProject,
  type ProjectIndex,
  type ProjectLimits,
} from './projectIndex';

export interface ProjectServiceOptions {
  limits?: Partial<ProjectLimits>;
  /** The clock, injectable for tests; returns an ISO 8601 timestamp. */
  now?: () => string;
  /** Makes ids for imported spans; injectable for tests. */
  createId?: () => string;
  exportJobs?: ExportJobsOptions;
  agreementJobs?: HostJobsOptions;
}

function statusOf(file: AnnotationFile | undefined): DocumentStatus {
  if (!file) return 'not-started';
  if (file.status === 'done') return 'done';
  return file.annotations.length > 0 || file.status === 'in-progress'
    ? 'in-progress'
    : 'not-started';
}

function findRepeats(annotations: Annotation[]): string | undefined {
  const ids = new Set<string>();
  const extents = new Set<string>();
  for (const annotation of annotations) {
    if (annotation.end <= annotation.start) return `span "${annotation.id}" ends before it starts`;
    if (ids.has(annotation.id)) return `two spans share the id "${annotation.id}"`;
    const extent = `${annotation.label}\u0000${annotation.start}\u0000${annotation.end}`;
    if (extents.has(extent))
      return `two "${annotation.label}" spans cover exactly [${annotation.start}, ${annotation.end})`;
    ids.add(annotation.id);
    extents.add(extent);
  }
  return undefined;
}

/**
 * The project-level services behind the contract: open a project folder, read a document with
 * its annotations, save annotations atomically with conflict detection, run exports as jobs,
 * import annotation files. No Electron here: the desktop app, the browser host and the CLI all
 * use this class.
 */
export class ProjectService implements ParleyApi {
  /** Exports running in this process for the page, polled through the contract. */
  readonly exportJobs: ExportJobs;
  /** Agreement reports being computed in this process for the page, polled likewise. */
  readonly agreementJobs: AgreementJobs;
  /** The span list of each document as last opened, saved or journaled, named for changes. */
  private readonly heldSpans: HeldSpanLists;

  private constructor(
    private readonly fileSystem: FileSystem,
    private index: ProjectIndex,
    private readonly limits: ProjectLimits,
    private readonly now: () => string,
    private readonly createId: () => string,
    exportJobsOptions: ExportJobsOptions | undefined,
    agreementJobsOptions: HostJobsOptions | undefined,
  ) {
    this.exportJobs = new ExportJobs(fileSystem, () => this.index, exportJobsOptions);
    this.agreementJobs = new AgreementJobs(fileSystem, () => this.index, agreementJobsOptions);
    this.heldSpans = new HeldSpanLists(createId);
  }

  static async open(
    fileSystem: FileSystem,
    root: string,
    options: ProjectServiceOptions = {},
  ): Promise<ProjectService> {
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const index = await indexProject(fileSystem, root, limits);
    const service = new ProjectService(
      fileSystem,
      index,
      limits,
      options.now ?? (() => new Date().toISOString()),
      options.createId ?? (() => randomUUID()),
      options.exportJobs,
      options.agreementJobs,
    );
    await service.removeLeftoverTempFiles();
    return service;
  }

  get projectIndex(): ProjectIndex {
    return this.index;
  }

  get realRoot(): string {
    return this.index.realRoot;
  }

  /** Re-reads the folder: new, removed or edited articles and settings. */
  async reload(): Promise<void> {
    this.index = await indexProject(this.fileSystem, this.index.realRoot, this.limits);
  }

  private async removeLeftoverTempFiles(): Promise<void> {
    await removeLeftoverTempFiles(this.fileSystem, this.index.realRoot);
    await removeLeftoverJournalTempFiles(this.fileSystem, this.index.realRoot);
    for (const annotator of await listAnnotators(this.fileSystem, this.index.realRoot)) {
      await removeLeftoverTempFiles(
        this.fileSystem,
        join(this.index.realRoot, ANNOTATIONS_FOLDER, annotator),
      );
    }
    // An export cut short by a crash leaves temp files in exports/ or in a folder export.
    const exportsFolder = join(this.index.realRoot, EXPORTS_FOLDER);
    if (!(await isInsideProject(this.fileSystem, this.index.realRoot, exportsFolder))) return;
    await removeLeftoverTempFiles(this.fileSystem, exportsFolder);
    for (const entry of await this.fileSystem.readDirectory(exportsFolder).catch(() => [])) {
      if (entry.isDirectory)
        await removeLeftoverTempFiles(this.fileSystem, join(exportsFolder, entry.name));
    }
  }

  /** What the index knows about a document, without its text. */
  article(documentId: string): IndexedArticle {
    const article = this.index.documents.get(documentId);
    if (!article) throw new ParleyError(documentId, 'is not a document of this project');
    return article;
  }

  /** A document with its text, as the analyst opens it (recently opened ones are kept). */
  loadArticle(documentId: string): Promise<Article> {
    return this.index.articles.open(documentId);
  }

  private async annotationFileLocation(annotator: string, documentId: string) {
    const relativePath = annotationFilePath(annotator, documentId);
    return {
      relativePath,
      absolutePath: await resolveInsideProject(this.fileSystem, this.index.realRoot, relativePath),
    };
  }

  /** Reads one annotator's file for a document; undefined when there is none. */
  private async readAnnotationFile(annotator: string, documentId: string) {
    const { relativePath, absolutePath } = await this.annotationFileLocation(annotator, documentId);
    let bytes: Uint8Array;
    try {
      bytes = await readFileCapped(
        this.fileSystem,
        absolutePath,
        this.limits.maxAnnotationFileSize,
        relativePath,
      );
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT')
        return { relativePath, absolutePath, bytes: undefined };
      throw error;
    }
    return { relativePath, absolutePath, bytes };
  }

  /** Document id → the annotators with a file for it (by file name only; nothing is read). */
  private async annotatorsByDocument(): Promise<Map<string, string[]>> {
    const annotatorsByDocument = new Map<string, string[]>();
    for (const file of await listAllAnnotationFiles(this.fileSystem, this.index.realRoot)) {
      if (file.documentId === undefined) continue;
      const annotators = annotatorsByDocument.get(file.documentId);
      if (annotators) annotators.push(file.annotator);
      else annotatorsByDocument.set(file.documentId, [file.annotator]);
    }
    return annotatorsByDocument;
  }

  async getProject(input: { annotator?: string } = {}): Promise<ProjectSnapshot> {
    const annotator = input.annotator ?? this.index.config.defaultAnnotator;
    const annotatorsByDocument = await this.annotatorsByDocument();
    const documents: DocumentSummary[] = [];
    for (const article of this.index.documents.values()) {
      documents.push({
        id: article.id,
        path: article.path,
        title: article.title,
        textLength: article.textLength,
        ...(await this.documentState(
          annotator,
          article.id,
          annotatorsByDocument.get(article.id)?.includes(annotator) ?? false,
        )),
        annotators: annotatorsByDocument.get(article.id) ?? [],
      });
    }
    return {
      name: this.index.config.name,
      folderName: basename(this.index.realRoot),
      config: this.index.config,
      annotator,
      documents,
      problems: this.index.problems,
    };
  }

  async getAnnotatorDocuments(input: { annotator: string }): Promise<AnnotatorDocuments> {
    const { annotator } = input;
    const withFiles = new Set(
      (await listAllAnnotationFiles(this.fileSystem, this.index.realRoot, [annotator])).map(
        (file) => file.documentId,
      ),
    );
    const columns: AnnotatorDocuments = {
      annotator,
      documentIds: [],
      spanCounts: [],
      statuses: [],
    };
    for (const documentId of this.index.documents.keys()) {
      const { spanCount, status } = await this.documentState(
        annotator,
        documentId,
        withFiles.has(documentId),
      );
      columns.documentIds.push(documentId);
      columns.spanCounts.push(spanCount);
      columns.statuses.push(status);
    }
    return columns;
  }

  /** The annotator's span count and status for a document; an unreadable file counts as none. */
  private async documentState(
    annotator: string,
    documentId: string,
    hasFile: boolean,
  ): Promise<{ spanCount: number; status: DocumentStatus }> {
    if (!hasFile) {
      return { spanCount: 0, status: 'not-started' };
    }
    const { bytes, relativePath } = await this.readAnnotationFile(annotator, documentId).catch(
      () => ({ bytes: undefined, relativePath: '' }),
    );
    const loaded = bytes
      ? loadAnnotationFile(decodeUtf8(bytes, relativePath), relativePath)
      : undefined;
    return loaded?.ok
      ? { spanCount: loaded.file.annotations.length, status: statusOf(loaded.file) }
      : { spanCount: 0, status: 'not-started' };
  }

  /** The document as on disk, plus any unsaved edits its recovery journal holds. */
  async openDocument(input: { documentId: string; annotator: string }): Promise<OpenedDocument> {
    const read = await this.readDocument(input);
    if (read.opened.readOnlyReason !== undefined) return read.opened;
    const { annotator, documentId } = input;
    const opened: OpenedDocument = {
      ...read.opened,
      spanListId: this.heldSpans.hold(annotator, documentId, read.opened.annotations),
    };
    const { rejected } = read;
    const root = this.index.realRoot;
    const found = await readRecoveryJournal(
      this.fileSystem,
      root,
      annotator,
      documentId,
      this.limits.maxAnnotationFileSize,
    );
    if (found.kind === 'none') return opened;
    const verdict =
      found.kind === 'journal'
        ? judgeRecoveryJournal(
            opened,
            found.journal,
            opened.article,
            this.index.config.labelSet,
            found.relativePath,
            rejected,
          )
        : found;
    if (verdict.kind === 'stale') {
      await deleteRecoveryJournal(this.fileSystem, root, annotator, documentId).catch(
        () => undefined,
      );
      return opened;
    }
    if (verdict.kind === 'unreadable') {
      const problem = {
        file: found.relativePath,
        jsonPath: '$',
        message: `unsaved changes could not be recovered: ${verdict.message}`,
        severity: 'warning' as const,
      };
      return { ...opened, problems: [...opened.problems, problem] };
    }
    return { ...opened, recovered: verdict.recovered };
  }

  /** The document and its annotation file as on disk, with the file's `rejected` list (gold). */
  private async readDocument(input: {
    documentId: string;
    annotator: string;
  }): Promise<{ opened: OpenedDocument; rejected: Rejection[] }> {
    const article = await this.loadArticle(input.documentId);
    const { bytes, relativePath } = await this.readAnnotationFile(
      input.annotator,
      input.documentId,
    );
    const base = { article, annotator: input.annotator };
    if (!bytes) {
      return {
        opened: {
          ...base,
          annotations: [],
          flagged: [],
          problems: [],
          revision: null,
          status: 'not-started',
        },
        rejected: [],
      };
    }
    const loaded = loadAnnotationFile(decodeUtf8(bytes, relativePath), relativePath, article);
    if (!loaded.ok) {
      // Never open a broken file as empty: saving would then overwrite the analyst's work.
      const details = loaded.problems
        .slice(0, 5)
        .map((problem) => `${problem.jsonPath}: ${problem.message}`);
      throw new ParleyError(
        relativePath,
        `cannot be opened: ${details.join('; ')}${loaded.problems.length > 5 ? ` (and ${loaded.problems.length - 5} more problems)` : ''}`,
      );
    }
    return {
      opened: {
        ...base,
        annotations: loaded.file.annotations,
        flagged: loaded.flagged,
        problems: loaded.problems,
        readOnlyReason: loaded.readOnlyReason,
        revision: revisionOf(bytes),
        status: statusOf(loaded.file),
      },
      rejected: rejectionsOfFile(loaded.file) ?? [],
    };
  }

  async saveAnnotations(input: SaveAnnotationsInput): Promise<SaveResult> {
    const article = this.article(input.documentId);
    const { relativePath, absolutePath } = await this.annotationFileLocation(
      input.annotator,
      input.documentId,
    );
    const annotations = this.heldSpans.resolve(
      input.annotator,
      input.documentId,
      input,
      relativePath,
    );
    if (!annotations) return { outcome: 'base-unknown' };
    const repeat = findRepeats(annotations);
    if (repeat) throw new ParleyError(relativePath, `was not saved: ${repeat}`);

    const onDisk = await this.readAnnotationFile(input.annotator, input.documentId);
    const diskRevision = onDisk.bytes ? revisionOf(onDisk.bytes) : null;
    if (!input.overwrite && diskRevision !== input.baseRevision) {
      return {
        outcome: 'conflict',
        file: relativePath,
        diskRevision,
        message: diskRevision
          ? `${relativePath} was changed by another program since it was opened`
          : `${relativePath} was deleted by another program since it was opened`,
      };
    }
    const previous = onDisk.bytes
      ? loadAnnotationFile(decodeUtf8(onDisk.bytes, relativePath), relativePath)
      : undefined;
    if (previous?.ok && previous.readOnlyReason)
      throw new ParleyError(relativePath, `was not saved: ${previous.readOnlyReason}`);

    const savedAt = this.now();
    const file: AnnotationFile = {
      ...(previous?.ok ? previous.file : {}),
      format: ANNOTATION_FORMAT,
      version: CURRENT_FORMAT_VERSION,
      document: {
        ...(previous?.ok ? previous.file.document : {}),
        id: article.id,
        path: article.path,
        title: article.title,
        textSha256: article.textSha256,
        textLength: article.textLength,
      },
      annotator: input.annotator,
      labelSet: this.index.config.labelSet,
      updatedAt: savedAt,
      status: input.status ?? (previous?.ok ? previous.file.status : undefined),
      annotations,
      ...(input.rejected ? { rejected: input.rejected } : {}),
    };
    const bytes = new TextEncoder().encode(serializeAnnotationFile(file));
    await this.writeProjectConfigIfMissing();
    await this.fileSystem.makeDirectory(dirname(absolutePath));
    try {
      await writeFileAtomically(this.fileSystem, absolutePath, bytes, relativePath);
    } finally {
      // After the write: a report begun before it ends may have read the old file.
      this.agreementJobs.forgetReports();
    }
    // The journal only guards unsaved edits; a journal left behind is dropped when reopened.
    await deleteRecoveryJournal(
      this.fileSystem,
      this.index.realRoot,
      input.annotator,
      input.documentId,
    ).catch(() => undefined);
    return {
      outcome: 'saved',
      revision: revisionOf(bytes),
      savedAt,
      file: relativePath,
      spanListId: this.heldSpans.hold(input.annotator, input.documentId, annotations),
    };
  }

  async writeRecoveryJournal(
    input: WriteRecoveryJournalInput,
  ): Promise<WriteRecoveryJournalResult> {
    this.article(input.documentId);
    const { annotator, documentId } = input;
    const file = recoveryJournalPath(annotator, documentId);
    const annotations = this.heldSpans.resolve(annotator, documentId, input, file);
    if (!annotations) return { outcome: 'base-unknown' };
    const writtenAt = this.now();
    await writeRecoveryJournal(
      this.fileSystem,
      this.index.realRoot,
      { ...input, annotations },
      writtenAt,
    );
    const spanListId = this.heldSpans.hold(annotator, documentId, annotations);
    return { outcome: 'written', writtenAt, spanListId };
  }

  async discardRecoveryJournal(input: {
    documentId: string;
    annotator: string;
  }): Promise<Record<string, never>> {
    this.article(input.documentId);
    await deleteRecoveryJournal(
      this.fileSystem,
      this.index.realRoot,
      input.annotator,
      input.documentId,
    );
    return {};
  }

  async listExportFormats(): Promise<ExportFormatDescription[]> {
    return describeExportFormats();
  }

  startExport(input: StartExportInput): Promise<StartExportResult> {
    return this.exportJobs.start(input);
  }

  async getExportProgress(input: { jobId: string }): Promise<ExportProgress> {
    return this.exportJobs.progress(input.jobId);
  }

  async cancelExport(input: { jobId: string }): Promise<ExportProgress> {
    return this.exportJobs.cancel(input.jobId);
  }

  importAnnotationFiles(input: ImportAnnotationFilesInput): Promise<ImportReport> {
    return importAnnotationFiles(this.fileSystem, this.index, input, {
      maxFileBytes: this.limits.maxAnnotationFileSize,
      now: this.now(),
      createId: this.createId,
    }).finally(() => this.agreementJobs.forgetReports());
  }

  async startAgreementReport(input: AgreementSelection): Promise<{ jobId: string }> {
    for (const id of input.documents ?? []) this.article(id);
    return this.agreementJobs.start(input);
  }

  async getAgreementReportProgress(input: { jobId: string }): Promise<AgreementReportProgress> {
    return this.agreementJobs.progress(input.jobId);
  }

  async cancelAgreementReport(input: { jobId: string }): Promise<AgreementReportProgress> {
    return this.agreementJobs.cancel(input.jobId);
  }

  async exportAgreementReport(
    input: ExportAgreementReportInput,
  ): Promise<{ outcome: 'written' | 'exists'; target: string }> {
    for (const id of input.documents ?? []) this.article(id);
    const held =
      input.reportId === undefined
        ? undefined
        : this.agreementJobs.heldReport(input.reportId, input);
    return exportAgreementReport(this.fileSystem, this.index, input, this.now(), held);
  }

  async getReviewDocument(input: { documentId: string }): Promise<ReviewDocument> {
    const article = await this.loadArticle(input.documentId);
    const annotators = await listAnnotators(this.fileSystem, this.index.realRoot);
    return readReviewDocument(article, annotators, (annotator) =>
      this.readAnnotationFile(annotator, input.documentId),
    );
  }

  async getReviewProgress(
    input: ReviewProgressSelection,
  ): Promise<{ documents: DocumentReviewProgress[]; problems: Problem[] }> {
    for (const id of input.documents ?? []) this.article(id);
    return reviewProgressByDocument(
      input.documents ?? this.index.documents.keys(),
      await this.annotatorsByDocument(),
      input,
      // A pass over many documents: their texts are read, not kept among the recently opened.
      async (documentId, annotators) =>
        readReviewDocument(
          await this.index.articles.read(this.article(documentId)),
          annotators,
          (annotator) => this.readAnnotationFile(annotator, documentId),
        ),
    );
  }

  /** Stops running exports (their temp files removed) and reports; the service stays usable. */
  async close(): Promise<void> {
    await Promise.all([this.exportJobs.cancelAll(), this.agreementJobs.cancelAll()]);
  }

  /** parley.json is written on the first save into a folder that had none. */
  private async writeProjectConfigIfMissing(): Promise<void> {
    if (this.index.configExists || !this.index.configWritable) return;
    const target = join(this.index.realRoot, PROJECT_CONFIG_FILE);
    await writeFileAtomically(
      this.fileSystem,
      target,
      serializeProjectConfig(this.index.config),
      PROJECT_CONFIG_FILE,
    );
    this.index = { ...this.index, configExists: true };
  }
}
