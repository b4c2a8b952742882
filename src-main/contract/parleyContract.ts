/**
 * The one API between the renderer and main (Electron IPC or the browser host's HTTP).
 * Each method has a zod schema for its input and its output; main parses every input
 * before use, and the types below are inferred from the schemas so both sides agree.
 */
import { annotationSchema } from '../core/annotations/annotationSchema';
import { EXPORT_FORMATS } from '../core/export/exportFormats';
import { EXPORT_WARNING_KINDS } from '../core/export/exportWarning';
import { IMPORT_FORMATS } from '../core/import/importAnnotations';
import { projectConfigSchema } from '../core/project/projectConfigSchema';
import { annotatorNameSchema } from '../core/project/annotationPaths';
import { rejectionSchema } from '../core/review/adjudication';
import type { AgreementRow, AgreementSummary } from '../core/review/agreementSummary';
import { z } from '../core/zodConfig';
import { MENU_COMMANDS, type ParleyMethodName } from './parleyMethods';

export const problemSchema = z.object({
  file: z.string(),
  jsonPath: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const documentStatusSchema = z.enum(['not-started', 'in-progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  /** Code points. */
  textLength: z.number().int().nonnegative(),
  /** Spans of the current annotator. */
  spanCount: z.number().int().nonnegative(),
  status: documentStatusSchema,
  /** Every annotator with a file for this document. */
  annotators: z.array(z.string()),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const projectSnapshotSchema = z.object({
  name: z.string(),
  /** The project folder's own name, for display; never a full path. */
  folderName: z.string(),
  config: projectConfigSchema,
  annotator: z.string(),
  documents: z.array(documentSummarySchema),
  problems: z.array(problemSchema),
});
export type ProjectSnapshot = z.infer<typeof projectSnapshotSchema>;

/**
 * Every document's span count and status for one annotator, in the order of
 * `ProjectSnapshot.documents`: what changes in the document list when the annotator changes.
 * Columns rather than an object per document because the page validates every answer on
 * arrival: for 2,000 documents, three arrays cost zod about a tenth of 2,000 objects.
 */
export const annotatorDocumentsSchema = z.object({
  annotator: z.string(),
  documentIds: z.array(z.string()),
  spanCounts: z.array(z.number().int().nonnegative()),
  statuses: z.array(documentStatusSchema),
});
export type AnnotatorDocuments = z.infer<typeof annotatorDocumentsSchema>;

export const articleSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  text: z.string(),
  textSha256: z.string(),
  textLength: z.number().int().nonnegative(),
  meta: z.record(z.string(), z.unknown()),
});

export const anchorResultSchema = z.object({
  status: z.enum(['exact', 'moved', 'ambiguous', 'missing']),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  suggestion: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  occurrences: z.number().int(),
});

export const flaggedAnnotationSchema = z.object({
  annotationId: z.string(),
  anchor: anchorResultSchema,
  message: z.string(),
});

export const openedDocumentSchema = z.object({
  article: articleSchema,
  annotator: z.string(),
  annotations: z.array(annotationSchema),
  flagged: z.array(flaggedAnnotationSchema),
  problems: z.array(problemSchema),
  readOnlyReason: z.string().optional(),
  /** Identifies the file's content on disk when it was read; null when there is no file yet. */
  revision: z.string().nullable(),
  status: documentStatusSchema,
  /** The host's name for `annotations`: a save or journal write may send changes to it. */
  spanListId: z.string().optional(),
  /** Unsaved edits found in the recovery journal (after a crash or failed saves), if any. */
  recovered: z
    .object({
      annotations: z.array(annotationSchema),
      flagged: z.array(flaggedAnnotationSchema),
      status: z.enum(['in-progress', 'done']).optional(),
      /** Gold's rejections as journaled, when they differ from the file's `rejected` list. */
      rejected: z.array(rejectionSchema).optional(),
      /** ISO 8601: when the page journaled the edits. */
      writtenAt: z.string(),
      /**
       * True: the edits were made on the file as it is now, so they can simply be restored.
       * False: the file changed since; the analyst chooses between the file and the journal.
       */
      matchesFile: z.boolean(),
      /** Spans added, removed or changed compared with the file. */
      changedSpans: z.number().int().nonnegative(),
      /** Rejections (gold) added or removed compared with the file. */
      changedRejections: z.number().int().nonnegative().optional(),
    })
    .optional(),
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;
export type RecoveredEdits = NonNullable<OpenedDocument['recovered']>;

export const documentIdSchema = z.string().min(1).max(1000);

const saveHeadSchema = z.object({
  documentId: documentIdSchema,
  annotator: annotatorNameSchema,
  /** The revision the edits were based on; a different file on disk is a conflict. */
  baseRevision: z.string().nullable(),
  status: z.enum(['in-progress', 'done']).optional(),
  /** Overwrite whatever is on disk ("keep mine" after a conflict). */
  overwrite: z.boolean().optional(),
  /** Gold files: the rejected disagreements, written as the top-level `rejected` list. */
  rejected: z.array(rejectionSchema).max(100_000).optional(),
});

const wholeSpanListSchema = z.array(annotationSchema).max(1_000_000);

/**
 * A span list as what changed since a list the host holds (see spanListChanges.ts): sending a
 * 5,000-span document whole after one tag cost the page 65–144 ms.
 */
export const spanListChangesSchema = z.object({
  /** The host's name for the list the changes were made to (`spanListId` of an answer). */
  listId: z.string().min(1).max(200),
  removedIds: z.array(z.string().min(1)).max(1_000_000),
  upserted: wholeSpanListSchema,
});

/** Spans sent either whole, or as changes to a list the host holds. */
function withSpans<Head extends z.ZodRawShape>(head: z.ZodObject<Head>) {
  return z.union([
    head.extend({ annotations: wholeSpanListSchema }),
    head.extend({ changesSince: spanListChangesSchema }),
  ]);
}

export const saveAnnotationsInputSchema = withSpans(saveHeadSchema);
export type SaveAnnotationsInput = z.infer<typeof saveAnnotationsInputSchema>;

/** The open document's spans as they are in the page, unsaved; see recoveryJournal.ts. */
export const writeRecoveryJournalInputSchema = withSpans(
  saveHeadSchema.pick({
    documentId: true,
    annotator: true,
    baseRevision: true,
    status: true,
    rejected: true,
  }),
);
export type WriteRecoveryJournalInput = z.infer<typeof writeRecoveryJournalInputSchema>;
/** A journal write with the whole span list (any changes already applied). */
export type JournaledEdits = Extract<WriteRecoveryJournalInput, { annotations: unknown }>;

/** The host no longer holds the list the changes were made to: send the whole list. */
const baseUnknownSchema = z.object({ outcome: z.literal('base-unknown') });

export const writeRecoveryJournalResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('written'), writtenAt: z.string(), spanListId: z.string() }),
  baseUnknownSchema,
]);
export type WriteRecoveryJournalResult = z.infer<typeof writeRecoveryJournalResultSchema>;

export const saveResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    revision: z.string(),
    savedAt: z.string(),
    file: z.string(),
    /** The host's name for the saved list, for the next save's or journal write's changes. */
    spanListId: z.string(),
  }),
  z.object({
    outcome: z.literal('conflict'),
    file: z.string(),
    message: z.string(),
    diskRevision: z.string().nullable(),
  }),
  baseUnknownSchema,
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

/** How a failure crosses the process boundary: a message for the analyst, naming the file. */
export const remoteErrorSchema = z.object({
  message: z.string(),
  file: z.string().optional(),
  code: z.string().optional(),
});
export type RemoteError = z.infer<typeof remoteErrorSchema>;

export const exportFormatSchema = z.enum(EXPORT_FORMATS);

/** What the export dialog needs to offer a format. */
export const exportFormatDescriptionSchema = z.object({
  format: exportFormatSchema,
  title: z.string(),
  /** `file`: the name of one file; `folder`: the name of a folder that will hold the files. */
  layout: z.enum(['file', 'folder']),
  /** `file` layout: the extensions the name may end in, the first preferred. Empty for folders. */
  extensions: z.array(z.string()),
  /** A name to suggest in the dialog. */
  defaultFileName: z.string(),
  /** The options of startExport that this format uses. */
  options: z.array(z.enum(['excel', 'overlap', 'locale'])),
});
export type ExportFormatDescription = z.infer<typeof exportFormatDescriptionSchema>;

export const startExportInputSchema = z.object({
  format: exportFormatSchema,
  /** A file (or folder) name inside the project's exports/ folder: no path, see exportFileName. */
  fileName: z.string().max(1000),
  /** One annotator's files; `gold` for the adjudicated set. Default: every annotator but gold. */
  annotator: annotatorNameSchema.optional(),
  /** Label ids to export. Default: all. */
  labels: z.array(z.string().min(1).max(200)).max(10_000).optional(),
  /** Document ids to export. Default: all. */
  documents: z.array(documentIdSchema).max(100_000).optional(),
  /** Also export documents nobody annotated, as documents without spans. */
  includeUnannotated: z.boolean().optional(),
  /** csv: UTF-8 BOM and formula-safe cells for Excel. */
  excel: z.boolean().optional(),
  /** conll, hf: which span keeps a token that several spans share. */
  overlap: z.enum(['longest', 'first', 'label-order']).optional(),
  /** conll, hf: a BCP 47 tag for word and sentence rules. Default `en`. */
  locale: z
    .string()
    .regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,8}$/, 'must be a language tag such as "en"')
    .optional(),
  /** Replace an existing export of that name; without it, an existing one answers `exists`. */
  replace: z.boolean().optional(),
});
export type StartExportInput = z.infer<typeof startExportInputSchema>;

export const startExportResultSchema = z.discriminatedUnion('outcome', [
  /** `target`: project-relative, "/"-separated, e.g. `exports/alice.jsonl`. */
  z.object({ outcome: z.literal('started'), jobId: z.string(), target: z.string() }),
  z.object({ outcome: z.literal('exists'), target: z.string() }),
]);
export type StartExportResult = z.infer<typeof startExportResultSchema>;

export const exportWarningKindSchema = z.enum(EXPORT_WARNING_KINDS);
export const warningCountsSchema = z.partialRecord(
  exportWarningKindSchema,
  z.number().int().nonnegative(),
);

/** What an export wrote and every lossy step it took, per document. */
export const exportSummarySchema = z.object({
  /** Documents exported (one per annotator and document). */
  documents: z.number().int().nonnegative(),
  spans: z.number().int().nonnegative(),
  /** Project-relative, "/"-separated paths of the files written. */
  files: z.array(z.string()),
  warningCounts: warningCountsSchema,
  /** Documents with warnings, in export order; each lists its first warnings. */
  documentWarnings: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      counts: warningCountsSchema,
      warnings: z.array(
        z.object({
          spanId: z.string().optional(),
          kind: exportWarningKindSchema,
          message: z.string(),
        }),
      ),
    }),
  ),
  /** Warnings counted above but not listed, to keep the summary small. */
  unlistedWarnings: z.number().int().nonnegative(),
  /** Annotation files left out because they are invalid. */
  problems: z.array(problemSchema),
});
export type ExportSummary = z.infer<typeof exportSummarySchema>;

export const jobIdSchema = z.string().min(1).max(100);
/** The input of the methods that poll or cancel a job. */
const jobInputSchema = z.object({ jobId: jobIdSchema });

export const exportProgressSchema = z.object({
  jobId: z.string(),
  /** `running` until the files are in place (`done`) or none were published. */
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  format: exportFormatSchema,
  target: z.string(),
  /** Documents finished out of `total`; 0 of 0 while the annotation files are being read. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  summary: exportSummarySchema.optional(),
  error: remoteErrorSchema.optional(),
});
export type ExportProgress = z.infer<typeof exportProgressSchema>;

/** Characters; a file picker or a dropped folder can deliver no more than this at once. */
export const MAX_IMPORT_FILE_CHARACTERS = 50 * 1024 * 1024;
export const MAX_IMPORT_TOTAL_CHARACTERS = 100 * 1024 * 1024;
export const MAX_IMPORT_FILES = 10_000;

export const importFormatSchema = z.enum([...IMPORT_FORMATS, 'parley']);
export type ImportFileFormat = z.infer<typeof importFormatSchema>;

export const importAnnotationFilesInputSchema = z.object({
  /** `parley`: colleagues' Parley annotation files; the others: other tools' files. */
  format: importFormatSchema,
  /** The files' text, as read by the page (a file picker, or a dropped folder). */
  files: z
    .array(
      z.object({
        /** For messages, and brat's .ann/.txt pairing: a file name or a path in a folder. */
        name: z.string().min(1).max(1000),
        content: z.string().max(MAX_IMPORT_FILE_CHARACTERS),
      }),
    )
    .min(1)
    .max(MAX_IMPORT_FILES)
    .refine(
      (files) =>
        files.reduce((total, file) => total + file.content.length, 0) <=
        MAX_IMPORT_TOTAL_CHARACTERS,
      'the files are too large to import at once; import them in smaller groups',
    ),
  /** Who made the annotations: required for other tools' files; for `parley`, overrides each file's. */
  annotator: annotatorNameSchema.optional(),
  /**
   * Existing annotation files are never replaced without this. `true`: replace any. A list of
   * project-relative paths (from a report's `needsDecision`): write only those, replacing them.
   */
  replace: z.union([z.boolean(), z.array(z.string().max(2000)).max(100_000)]).optional(),
});
export type ImportAnnotationFilesInput = z.infer<typeof importAnnotationFilesInputSchema>;

const importTargetSchema = z.object({
  /** The project-relative annotation file, `annotations/<annotator>/<document>.json`. */
  file: z.string(),
  documentId: z.string(),
  annotator: z.string(),
  spans: z.number().int().nonnegative(),
  /** The imported file, for `parley` imports. */
  source: z.string().optional(),
});

export const importReportSchema = z.object({
  written: z.array(
    importTargetSchema.extend({
      /** How the document was recognised: by its id, or by its text (hash or, elsewhere, content). */
      matchedBy: z.enum(['id', 'text']),
      /** An existing file was replaced. */
      replaced: z.boolean(),
      /** Spans that could not be placed on the project's text: kept, flagged when opened. */
      flagged: z.number().int().nonnegative(),
    }),
  ),
  /** Already exist; left alone. Send their `file` in `replace` to write them. */
  needsDecision: z.array(importTargetSchema),
  /** Imported documents that match no project document, by id or by text. */
  unmatched: z.array(z.string()),
  /** Everything skipped, changed or doubtful; `path` starts with the file or document it is about. */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** One document as review needs it: each annotator's placeable spans, gold's rejections. */
export const reviewDocumentSchema = z.object({
  documentId: z.string(),
  /** Every annotator with a valid file for the document, `gold` included, by name. */
  sources: z.array(z.object({ annotator: z.string(), annotations: z.array(annotationSchema) })),
  /** The gold file's top-level `rejected` list; empty without a gold file. */
  rejected: z.array(rejectionSchema),
  /** Annotation files of the document that could not be read, left out. */
  problems: z.array(problemSchema),
});
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;

/** Which annotators review progress compares, and where; see core/review/reviewProgress.ts. */
export const reviewProgressInputSchema = z.object({
  /** Compared where they have files (two or more); default: every annotator but gold. */
  annotators: z.array(annotatorNameSchema).max(1000).optional(),
  /** Default: every document. */
  documents: z.array(documentIdSchema).max(100_000).optional(),
});

const itemCount = z.number().int().nonnegative();

/** One document's review items: decided by gold and current, all, and changed since decided. */
export const documentReviewProgressSchema = z
  .object({
    documentId: z.string(),
    /** The annotators compared there, gold aside. */
    annotators: z.array(z.string()).min(2),
    resolved: itemCount,
    total: itemCount,
    stale: itemCount,
  })
  .refine(
    (progress) => progress.resolved + progress.stale <= progress.total,
    'counts more decided and changed items than there are',
  );

/** Which files an agreement report covers; the defaults are those of `parley agree`. */
export const agreementSelectionSchema = z.object({
  /** Default: every annotator with files, except gold. */
  annotators: z.array(annotatorNameSchema).min(2).max(1000).optional(),
  /** Default: the documents every selected annotator has a file for. */
  documents: z.array(documentIdSchema).max(100_000).optional(),
  /** Default: the project's labels. */
  labels: z.array(z.string().min(1).max(200)).max(10_000).optional(),
});

/** A ratio of the report: 0–1 for F1, possibly negative for kappa and α; null if undefined. */
const ratioSchema = z.number().nullable();

/** One row of the report's summary tables: a label, an annotator pair or a document. */
const agreementRowSchema: z.ZodType<AgreementRow> = z.object({
  name: z.string(),
  exactF1: ratioSchema,
  overlapF1: ratioSchema,
  kappa: ratioSchema,
  alpha: ratioSchema,
});

/** The report's summary tables (core/review/agreementSummary.ts), as review mode shows them. */
export const agreementSummarySchema: z.ZodType<AgreementSummary> = z.object({
  annotators: z.array(z.string()),
  documentCount: z.number().int().nonnegative(),
  codePoints: z.number().int().nonnegative(),
  labels: z.array(agreementRowSchema),
  pairs: z.array(agreementRowSchema),
  documents: z.array(agreementRowSchema),
});

export const agreementReportProgressSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed', 'cancelled']),
  /** `reading` the annotation files and adding up each document, then `computing` the totals. */
  phase: z.enum(['reading', 'computing']),
  /** Annotation files read out of `total`; 0 of 0 while the files are being listed. */
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** When `done`: the summary, and the annotation files left out because they are invalid. */
  result: z
    .object({ summary: agreementSummarySchema, problems: z.array(problemSchema) })
    .optional(),
  error: remoteErrorSchema.optional(),
});
export type AgreementReportProgress = z.infer<typeof agreementReportProgressSchema>;

export const exportAgreementReportInputSchema = agreementSelectionSchema.extend({
  format: z.enum(['html', 'csv']),
  /** A file name inside the project's exports/ folder, ending in .html or .csv: no path. */
  fileName: z.string().max(1000),
  /** Replace an existing file of that name; without it, an existing one answers `exists`. */
  replace: z.boolean().optional(),
  /**
   * The finished report job whose figures the page shows. While the host still holds that
   * report for the same selection, with no annotation file written since, it is written as it
   * is rather than computed again; otherwise the report is computed now.
   */
  reportId: z.string().min(1).max(200).optional(),
});
export type ExportAgreementReportInput = z.infer<typeof exportAgreementReportInputSchema>;

export const parleyContract = {
  getProject: {
    input: z.object({ annotator: annotatorNameSchema.optional() }),
    output: projectSnapshotSchema,
  },
  /** The project's span counts and statuses for another annotator, without the rest. */
  getAnnotatorDocuments: {
    input: z.object({ annotator: annotatorNameSchema }),
    output: annotatorDocumentsSchema,
  },
  openDocument: {
    input: z.object({ documentId: documentIdSchema, annotator: annotatorNameSchema }),
    output: openedDocumentSchema,
  },
  saveAnnotations: {
    input: saveAnnotationsInputSchema,
    output: saveResultSchema,
  },
  /** Journals unsaved edits; a successful save of the document removes the journal. */
  writeRecoveryJournal: {
    input: writeRecoveryJournalInputSchema,
    output: writeRecoveryJournalResultSchema,
  },
  /** Drops a document's journal: the analyst chose the file over the journaled edits. */
  discardRecoveryJournal: {
    input: z.object({ documentId: documentIdSchema, annotator: annotatorNameSchema }),
    output: z.object({}),
  },
  listExportFormats: {
    input: z.object({}),
    output: z.array(exportFormatDescriptionSchema),
  },
  /** Starts an export into the project's exports/ folder in the host process; poll it. */
  startExport: {
    input: startExportInputSchema,
    output: startExportResultSchema,
  },
  /** Jobs are forgotten a while after they end; an unknown id is an error. */
  getExportProgress: {
    input: jobInputSchema,
    output: exportProgressSchema,
  },
  /** Asks a running export to stop; it ends `cancelled` with no file written or left behind. */
  cancelExport: {
    input: jobInputSchema,
    output: exportProgressSchema,
  },
  /** Validates, matches and writes annotation files; never replaces one without `replace`. */
  importAnnotationFiles: {
    input: importAnnotationFilesInputSchema,
    output: importReportSchema,
  },
  /** Every annotator's spans of one document, for review, and the gold file's rejections. */
  getReviewDocument: {
    input: z.object({ documentId: documentIdSchema }),
    output: reviewDocumentSchema,
  },
  /** Review progress of every document two or more selected annotators have tagged. */
  getReviewProgress: {
    input: reviewProgressInputSchema,
    output: z.object({
      documents: z.array(documentReviewProgressSchema),
      problems: z.array(problemSchema),
    }),
  },
  /** Starts computing the agreement report of the selected files in the host; poll it. */
  startAgreementReport: {
    input: agreementSelectionSchema,
    output: z.object({ jobId: z.string() }),
  },
  /** Jobs are forgotten a while after they end; an unknown id is an error. */
  getAgreementReportProgress: {
    input: jobInputSchema,
    output: agreementReportProgressSchema,
  },
  /** Asks a running report to stop; it ends `cancelled`. */
  cancelAgreementReport: {
    input: jobInputSchema,
    output: agreementReportProgressSchema,
  },
  /** Writes the report's summary as self-contained HTML or CSV into the project's exports/. */
  exportAgreementReport: {
    input: exportAgreementReportInputSchema,
    output: z.discriminatedUnion('outcome', [
      /** `target`: project-relative, e.g. `exports/agreement.html`. */
      z.object({ outcome: z.literal('written'), target: z.string() }),
      z.object({ outcome: z.literal('exists'), target: z.string() }),
    ]),
  },
} as const;

export type ParleyContract = typeof parleyContract;

// Both ways: every listed name has a schema pair, and every schema pair is listed.
parleyContract satisfies Record<ParleyMethodName, { input: z.ZodType; output: z.ZodType }>;
type UnlistedMethods = Exclude<keyof ParleyContract, ParleyMethodName>;
const everyMethodListed: UnlistedMethods extends never ? true : UnlistedMethods = true;
void everyMethodListed;
export type ParleyMethod = keyof ParleyContract;
export type MethodInput<M extends ParleyMethod> = z.input<ParleyContract[M]['input']>;
export type MethodOutput<M extends ParleyMethod> = z.output<ParleyContract[M]['output']>;

/** What the renderer calls: one async function per contract method. */
export type ParleyApi = {
  [M in ParleyMethod]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export function isParleyMethod(name: string): name is ParleyMethod {
  return Object.prototype.hasOwnProperty.call(parleyContract, name);
}

export const remoteResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: remoteErrorSchema }),
]);
export type RemoteResult = z.infer<typeof remoteResultSchema>;

/** Commands the desktop menu sends to the page; the page also binds the same keys itself. */
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * What the Electron preload exposes as `window.parley`: one function per contract method,
 * each resolving to the result envelope, plus a subscription to menu commands. Nothing else.
 */
export type ParleyPreloadApi = {
  [M in ParleyMethod]: (input: MethodInput<M>) => Promise<RemoteResult>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The IPC channel that carries one contract method. */
export function channelFor(method: ParleyMethod): string {
  return `parley:${method}`;
}

/** The IPC channel for menu commands, main → renderer. */
export const MENU_COMMAND_CHANNEL = 'parley:menu-command';

/** HTTP API of the browser host: POST {input} to API_PATH_PREFIX + method, bearer token required. */
export const API_PATH_PREFIX = '/api/';
