import { vi } from 'vitest';
import type {
  AgreementReportProgress,
  AnnotatorDocuments,
  DocumentStatus,
  JournaledEdits,
  MenuCommand,
  OpenedDocument,
  ProjectSnapshot,
  ReviewDocument,
  SaveAnnotationsInput,
  SaveResult,
  WriteRecoveryJournalInput,
  WriteRecoveryJournalResult,
} from '../../src-main/contract/parleyContract';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { countChangedSpans } from '../../src-main/core/annotations/countChangedSpans';
import { HeldSpanLists } from '../../src-main/core/annotations/heldSpanLists';
import { countChangedRejections } from '../../src-main/core/review/adjudication';
import { codePointLength } from '../../src-main/core/text/codePoints';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { computeAgreementReport } from '../../src-main/core/agreement/computeAgreementReport';
import { summarizeAgreement } from '../../src-main/core/review/agreementSummary';
import { reviewProgressByDocument } from '../../src-main/core/review/reviewProgress';
import { apiFromCall } from '../bridge/apiFromCall';
import type { Bridge } from '../bridge/bridge';
import { BridgeError } from '../bridge/bridgeError';

export interface FakeArticle {
  id: string;
  title: string;
  text: string;
}

interface StoredFile {
  annotations: Annotation[];
  revision: string;
  status?: 'in-progress' | 'done';
  rejected?: SaveAnnotationsInput['rejected'];
}

/**
 * An in-memory Parley host for store and component tests: files per annotator with
 * revisions, so saves, conflicts and failures behave like the real one.
 */
type WholeSave = Extract<SaveAnnotationsInput, { annotations: unknown }>;

function withoutChanges(input: Exclude<SaveAnnotationsInput, WholeSave>) {
  const { changesSince: _changes, ...head } = input;
  return head;
}

export class FakeHost {
  readonly files = new Map<string, StoredFile>();
  /** Every save, with its spans whole (changes applied to the list they were sent against). */
  readonly saves: WholeSave[] = [];
  /** Recovery journals by file key, as the host keeps them in .parley/journal. */
  readonly journals = new Map<string, JournaledEdits & { writtenAt: string }>();
  journalWrites = 0;
  private listCounter = 0;
  /** The span list last opened, saved or journaled per annotator's document, as the host keeps it. */
  private heldSpans = this.newHeldSpans();
  readonly config = createDefaultProjectConfig('Test project');
  /** Set to make the next saves throw, as a full disk would. */
  saveFailure: BridgeError | undefined;
  readOnlyReasons = new Map<string, string>();
  flagged = new Map<string, OpenedDocument['flagged']>();
  /** Agreement reports by job id: done at once, computed from the files when started. */
  readonly agreementJobs = new Map<string, AgreementReportProgress>();
  private revisionCounter = 0;
  private menuListeners = new Set<(command: MenuCommand) => void>();

  constructor(readonly articles: FakeArticle[]) {}

  /** As a restart of the host does: every later write of changes is answered "base-unknown". */
  forgetHeldSpans(): void {
    this.heldSpans = this.newHeldSpans();
  }

  private newHeldSpans(): HeldSpanLists {
    return new HeldSpanLists(() => `list-${++this.listCounter}`);
  }

  /** The whole list a save or journal write stands for; null for changes to a list not held. */
  private wholeSpans(input: SaveAnnotationsInput | WriteRecoveryJournalInput): Annotation[] | null {
    const { annotator, documentId } = input;
    // Cloned: the real host gets its own copy through IPC or HTTP.
    return this.heldSpans.resolve(
      annotator,
      documentId,
      structuredClone(input),
      this.fileKey(annotator, documentId),
    );
  }

  private holdSpans(annotator: string, documentId: string, annotations: Annotation[]): string {
    return this.heldSpans.hold(annotator, documentId, structuredClone(annotations));
  }

  fileKey(annotator: string, documentId: string): string {
    return `annotations/${annotator}/${documentId}.json`;
  }

  /** Writes a file behind the workbench's back, as another program would. */
  writeFile(annotator: string, documentId: string, annotations: Annotation[], status?: 'done') {
    this.files.set(this.fileKey(annotator, documentId), {
      annotations,
      revision: `r${++this.revisionCounter}`,
      ...(status ? { status } : {}),
    });
  }

  sendMenuCommand(command: MenuCommand): void {
    for (const listener of this.menuListeners) listener(command);
  }

  private statusOf(file: StoredFile | undefined): DocumentStatus {
    if (!file) return 'not-started';
    if (file.status === 'done') return 'done';
    return file.annotations.length > 0 || file.status === 'in-progress'
      ? 'in-progress'
      : 'not-started';
  }

  /** The annotator's span count and status for a document, as the project lists them. */
  private documentState(annotator: string, documentId: string) {
    const file = this.files.get(this.fileKey(annotator, documentId));
    return { spanCount: file?.annotations.length ?? 0, status: this.statusOf(file) };
  }

  /** Every annotator with a file for the document, sorted. */
  private annotatorsOf(documentId: string): string[] {
    const prefix = 'annotations/';
    const suffix = `/${documentId}.json`;
    return [...this.files.keys()]
      .filter((key) => key.startsWith(prefix) && key.endsWith(suffix))
      .map((key) => key.slice(prefix.length, -suffix.length))
      .sort();
  }

  /** The agreement report a job started now ends with, as the host computes it. */
  private agreementJob(jobId: string, selection: { annotators?: string[] }) {
    const annotators =
      selection.annotators ??
      [...new Set(this.articles.flatMap((article) => this.annotatorsOf(article.id)))]
        .filter((name) => name !== 'gold')
        .sort();
    const documents = this.articles
      .filter((article) =>
        annotators.every((name) => this.files.has(this.fileKey(name, article.id))),
      )
      .map((article) => ({
        id: article.id,
        textLength: codePointLength(article.text),
        annotationsByAnnotator: Object.fromEntries(
          annotators.map((name) => [
            name,
            this.files.get(this.fileKey(name, article.id))!.annotations,
          ]),
        ),
      }));
    const report = computeAgreementReport({
      documents,
      annotators,
      labels: this.config.labels.map((label) => label.id),
      attributes: this.config.attributes,
    });
    const files = documents.length * annotators.length;
    return {
      jobId,
      state: 'done' as const,
      phase: 'computing' as const,
      done: files,
      total: files,
      result: { summary: summarizeAgreement(report), problems: [] },
    };
  }

  private article(documentId: string): FakeArticle {
    const article = this.articles.find((candidate) => candidate.id === documentId);
    if (!article) throw new BridgeError('is not a document of this project', documentId);
    return article;
  }

  readonly bridge: Bridge = {
    // Methods the workbench does not use (export, import) fail as an old host would.
    ...apiFromCall(async (method) => {
      throw new BridgeError(`${method} is not offered by the fake host`);
    }),
    getProject: vi.fn(async (input: { annotator?: string }): Promise<ProjectSnapshot> => {
      const annotator = input.annotator ?? this.config.defaultAnnotator;
      return {
        name: this.config.name,
        folderName: 'test-project',
        config: this.config,
        annotator,
        documents: this.articles.map((article) => ({
          id: article.id,
          path: `${article.id}.txt`,
          title: article.title,
          textLength: codePointLength(article.text),
          ...this.documentState(annotator, article.id),
          annotators: [],
        })),
        problems: [],
      };
    }),

    getAnnotatorDocuments: vi.fn(async ({ annotator }): Promise<AnnotatorDocuments> => {
      const states = this.articles.map((article) => this.documentState(annotator, article.id));
      return {
        annotator,
        documentIds: this.articles.map((article) => article.id),
        spanCounts: states.map((state) => state.spanCount),
        statuses: states.map((state) => state.status),
      };
    }),

    openDocument: vi.fn(async ({ documentId, annotator }): Promise<OpenedDocument> => {
      const article = this.article(documentId);
      const file = this.files.get(this.fileKey(annotator, documentId));
      const readOnlyReason = this.readOnlyReasons.get(documentId);
      const journal = this.journals.get(this.fileKey(annotator, documentId));
      const annotations = file?.annotations ?? [];
      const changedRejections = journal?.rejected
        ? countChangedRejections(file?.rejected ?? [], journal.rejected)
        : 0;
      const recovered = journal && {
        annotations: structuredClone(journal.annotations),
        flagged: [],
        ...(journal.status ? { status: journal.status } : {}),
        ...(changedRejections > 0
          ? { rejected: structuredClone(journal.rejected), changedRejections }
          : {}),
        writtenAt: journal.writtenAt,
        matchesFile: journal.baseRevision === (file?.revision ?? null),
        changedSpans: countChangedSpans(annotations, journal.annotations),
      };
      return {
        article: {
          id: article.id,
          path: `${article.id}.txt`,
          title: article.title,
          text: article.text,
          textSha256: '0'.repeat(64),
          textLength: codePointLength(article.text),
          meta: {},
        },
        annotator,
        annotations: structuredClone(file?.annotations ?? []),
        flagged: this.flagged.get(documentId) ?? [],
        problems: [],
        ...(readOnlyReason ? { readOnlyReason } : {}),
        revision: file?.revision ?? null,
        status: this.statusOf(file),
        ...(recovered ? { recovered } : {}),
        ...(readOnlyReason
          ? {}
          : { spanListId: this.holdSpans(annotator, documentId, annotations) }),
      };
    }),

    writeRecoveryJournal: vi.fn(
      async (input: WriteRecoveryJournalInput): Promise<WriteRecoveryJournalResult> => {
        this.journalWrites++;
        const annotations = this.wholeSpans(input);
        if (!annotations) return { outcome: 'base-unknown' };
        const writtenAt = '2025-01-01T00:00:05.000Z';
        const { documentId, annotator, baseRevision, status, rejected } = structuredClone(input);
        this.journals.set(this.fileKey(annotator, documentId), {
          documentId,
          annotator,
          baseRevision,
          annotations,
          ...(status ? { status } : {}),
          ...(rejected ? { rejected } : {}),
          writtenAt,
        });
        const spanListId = this.holdSpans(annotator, documentId, annotations);
        return { outcome: 'written', writtenAt, spanListId };
      },
    ),

    discardRecoveryJournal: vi.fn(async ({ documentId, annotator }) => {
      this.journals.delete(this.fileKey(annotator, documentId));
      return {};
    }),

    saveAnnotations: vi.fn(async (sent: SaveAnnotationsInput): Promise<SaveResult> => {
      const annotations = this.wholeSpans(sent);
      if (!annotations) return { outcome: 'base-unknown' };
      const input: WholeSave =
        'annotations' in sent
          ? structuredClone(sent)
          : { ...structuredClone(withoutChanges(sent)), annotations };
      this.saves.push(input);
      const key = this.fileKey(input.annotator, input.documentId);
      if (this.saveFailure) throw this.saveFailure;
      const onDisk = this.files.get(key);
      if (!input.overwrite && (onDisk?.revision ?? null) !== input.baseRevision) {
        return {
          outcome: 'conflict',
          file: key,
          message: `${key} was changed by another program since it was opened`,
          diskRevision: onDisk?.revision ?? null,
        };
      }
      const revision = `r${++this.revisionCounter}`;
      this.journals.delete(key);
      this.files.set(key, {
        annotations: structuredClone(input.annotations),
        revision,
        ...(input.status ? { status: input.status } : {}),
        ...(input.rejected ? { rejected: structuredClone(input.rejected) } : {}),
      });
      return {
        outcome: 'saved',
        revision,
        savedAt: '2025-01-01T00:00:00.000Z',
        file: key,
        spanListId: this.holdSpans(input.annotator, input.documentId, input.annotations),
      };
    }),

    getReviewDocument: vi.fn(async ({ documentId }): Promise<ReviewDocument> => {
      this.article(documentId);
      const sources = this.annotatorsOf(documentId).map((annotator) => ({
        annotator,
        annotations: structuredClone(
          this.files.get(this.fileKey(annotator, documentId))!.annotations,
        ),
      }));
      const gold = this.files.get(this.fileKey('gold', documentId));
      return { documentId, sources, rejected: structuredClone(gold?.rejected ?? []), problems: [] };
    }),

    getReviewProgress: vi.fn(async (input: { annotators?: string[]; documents?: string[] }) => {
      const documentIds = input.documents ?? this.articles.map((article) => article.id);
      const byDocument = new Map(documentIds.map((id) => [id, this.annotatorsOf(id)]));
      return reviewProgressByDocument(documentIds, byDocument, input, async (documentId) =>
        this.bridge.getReviewDocument({ documentId }),
      );
    }),

    startAgreementReport: vi.fn(async (selection: { annotators?: string[] }) => {
      const jobId = `agreement-${this.agreementJobs.size + 1}`;
      this.agreementJobs.set(jobId, this.agreementJob(jobId, selection));
      return { jobId };
    }),

    getAgreementReportProgress: vi.fn(async ({ jobId }: { jobId: string }) => {
      const job = this.agreementJobs.get(jobId);
      if (!job) throw new BridgeError('is not an agreement report of this project', jobId);
      return structuredClone(job);
    }),

    cancelAgreementReport: vi.fn(async ({ jobId }: { jobId: string }) => {
      const job = this.agreementJobs.get(jobId);
      if (!job) throw new BridgeError('is not an agreement report of this project', jobId);
      if (job.state === 'running') job.state = 'cancelled';
      return structuredClone(job);
    }),

    onMenuCommand: (listener) => {
      this.menuListeners.add(listener);
      return () => this.menuListeners.delete(listener);
    },
  };
}

export const SAMPLE_ARTICLES: FakeArticle[] = [
  {
    id: '517',
    title: 'Iran rejects inspection demand',
    text: 'Iran on Thursday rejected a demand by European negotiators to restore camera monitoring.\n\nTehran said it would respond proportionately. 🕊️ Peace 𝟓 talks resume.',
  },
  {
    id: '733',
    title: 'Border standoff',
    text: 'India offered to hold the next round within weeks.',
  },
  { id: '000', title: 'NATO guarantees', text: 'We need legally binding guarantees.' },
];
