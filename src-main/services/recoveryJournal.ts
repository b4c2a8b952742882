import { dirname, join } from 'node:path';
import {
  ANNOTATION_FORMAT,
  CURRENT_FORMAT_VERSION,
  annotationSchema,
  documentReferenceFor,
} from '../core/annotations/annotationSchema';
import { countChangedSpans } from '../core/annotations/countChangedSpans';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import { serializeAnnotationFile } from '../core/annotations/serializeAnnotationFile';
import type { Article } from '../core/articles/article';
import { parseJsonSafely } from '../core/json/parseJsonSafely';
import type { FileSystem } from '../core/ports/fileSystem';
import { annotationFileNameFor } from '../core/project/annotationPaths';
import {
  countChangedRejections,
  rejectionSchema,
  type Rejection,
} from '../core/review/adjudication';
import { decodeUtf8 } from '../core/text/decodeUtf8';
import { z } from '../core/zodConfig';
import type { JournaledEdits, OpenedDocument, RecoveredEdits } from '../contract/parleyContract';
import { removeLeftoverTempFiles, writeFileAtomically } from '../workspace/atomicWrite';
import { resolveInsideProject } from '../workspace/projectPaths';
import { readFileCapped } from '../workspace/readFileCapped';
import { systemErrorCode } from '../workspace/storageError';

/**
 * Unsaved edits, journaled by the page while a document is dirty, so that a crash or a save
 * that keeps failing (read-only folder, full disk, conflict) loses at most the last second.
 * The journal lives in a hidden folder of the project, apart from annotations/, so it can be
 * written when the annotation folder cannot; the article scan skips hidden folders.
 */
export const RECOVERY_JOURNAL_FOLDER = '.parley/journal';
const JOURNAL_FORMAT = 'parley-recovery-journal';

export const recoveryJournalSchema = z.object({
  format: z.literal(JOURNAL_FORMAT),
  version: z.literal(1),
  documentId: z.string(),
  annotator: z.string(),
  /** The annotation file revision the edits were made on; null when there was no file. */
  baseRevision: z.string().nullable(),
  /** ISO 8601. */
  writtenAt: z.string(),
  status: z.enum(['in-progress', 'done']).optional(),
  annotations: z.array(annotationSchema),
  /** Gold's rejections while adjudicating (saved beside its spans); absent for other files. */
  rejected: z.array(rejectionSchema).optional(),
});
export type RecoveryJournal = z.infer<typeof recoveryJournalSchema>;

/** Project-relative path of one annotator's journal for one document. */
export function recoveryJournalPath(annotator: string, documentId: string): string {
  return `${RECOVERY_JOURNAL_FOLDER}/${annotator}/${annotationFileNameFor(documentId)}`;
}

async function locate(fileSystem: FileSystem, root: string, annotator: string, id: string) {
  const relativePath = recoveryJournalPath(annotator, id);
  return {
    relativePath,
    absolutePath: await resolveInsideProject(fileSystem, root, relativePath),
  };
}

export async function writeRecoveryJournal(
  fileSystem: FileSystem,
  root: string,
  input: JournaledEdits,
  writtenAt: string,
): Promise<void> {
  const { relativePath, absolutePath } = await locate(
    fileSystem,
    root,
    input.annotator,
    input.documentId,
  );
  const journal: RecoveryJournal = {
    format: JOURNAL_FORMAT,
    version: 1,
    documentId: input.documentId,
    annotator: input.annotator,
    baseRevision: input.baseRevision,
    writtenAt,
    ...(input.status ? { status: input.status } : {}),
    annotations: input.annotations,
    ...(input.rejected ? { rejected: input.rejected } : {}),
  };
  await fileSystem.makeDirectory(dirname(absolutePath));
  const bytes = new TextEncoder().encode(`${JSON.stringify(journal)}\n`);
  await writeFileAtomically(fileSystem, absolutePath, bytes, relativePath);
}

export type ReadJournalResult =
  | { kind: 'none' }
  | { kind: 'journal'; journal: RecoveryJournal; relativePath: string }
  | { kind: 'unreadable'; relativePath: string; message: string };

/** The journal of one document, if any; a broken journal is reported, never thrown. */
export async function readRecoveryJournal(
  fileSystem: FileSystem,
  root: string,
  annotator: string,
  documentId: string,
  maxBytes: number,
): Promise<ReadJournalResult> {
  const { relativePath, absolutePath } = await locate(fileSystem, root, annotator, documentId);
  let bytes: Uint8Array;
  try {
    bytes = await readFileCapped(fileSystem, absolutePath, maxBytes, relativePath);
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return { kind: 'none' };
    return { kind: 'unreadable', relativePath, message: (error as Error).message };
  }
  try {
    const parsed = recoveryJournalSchema.safeParse(
      parseJsonSafely(decodeUtf8(bytes, relativePath), relativePath),
    );
    if (!parsed.success || parsed.data.documentId !== documentId) {
      return {
        kind: 'unreadable',
        relativePath,
        message: 'is not a recovery journal Parley wrote',
      };
    }
    return { kind: 'journal', journal: parsed.data, relativePath };
  } catch (error) {
    return { kind: 'unreadable', relativePath, message: (error as Error).message };
  }
}

/** Removes a document's journal; a journal that is already gone is fine. */
export async function deleteRecoveryJournal(
  fileSystem: FileSystem,
  root: string,
  annotator: string,
  documentId: string,
): Promise<void> {
  const { absolutePath } = await locate(fileSystem, root, annotator, documentId);
  try {
    await fileSystem.remove(absolutePath);
  } catch (error) {
    if (systemErrorCode(error) !== 'ENOENT') throw error;
  }
}

/** Removes temp files a crash left in the journal folders. */
export async function removeLeftoverJournalTempFiles(
  fileSystem: FileSystem,
  root: string,
): Promise<void> {
  const folder = join(root, ...RECOVERY_JOURNAL_FOLDER.split('/'));
  for (const entry of await fileSystem.readDirectory(folder).catch(() => [])) {
    if (entry.isDirectory) await removeLeftoverTempFiles(fileSystem, join(folder, entry.name));
  }
}

export type JournalVerdict =
  | { kind: 'recovered'; recovered: RecoveredEdits }
  /** The file already holds what the journal holds: the journal can go. */
  | { kind: 'stale' }
  | { kind: 'unreadable'; message: string };

/**
 * What a journal means for a document just read from disk. The journaled spans are loaded
 * against the article as a saved file would be, so re-anchoring and flags work the same.
 * `fileRejected` is the file's `rejected` list, needed only when the journal holds one.
 */
export function judgeRecoveryJournal(
  opened: OpenedDocument,
  journal: RecoveryJournal,
  article: Article,
  labelSet: string,
  relativePath: string,
  fileRejected: readonly Rejection[] = [],
): JournalVerdict {
  const changedSpans = countChangedSpans(opened.annotations, journal.annotations);
  const fileStatus = opened.status === 'done' ? 'done' : 'in-progress';
  const statusChanged = journal.status !== undefined && journal.status !== fileStatus;
  const changedRejections = journal.rejected
    ? countChangedRejections(fileRejected, journal.rejected)
    : 0;
  if (changedSpans === 0 && !statusChanged && changedRejections === 0) return { kind: 'stale' };
  const text = serializeAnnotationFile({
    format: ANNOTATION_FORMAT,
    version: CURRENT_FORMAT_VERSION,
    document: documentReferenceFor(article),
    annotator: journal.annotator,
    labelSet,
    updatedAt: journal.writtenAt,
    ...(journal.status ? { status: journal.status } : {}),
    annotations: journal.annotations,
  });
  const loaded = loadAnnotationFile(text, relativePath, article);
  if (!loaded.ok) {
    return { kind: 'unreadable', message: loaded.problems[0]?.message ?? 'cannot be loaded' };
  }
  return {
    kind: 'recovered',
    recovered: {
      annotations: loaded.file.annotations,
      flagged: loaded.flagged,
      ...(journal.status ? { status: journal.status } : {}),
      ...(changedRejections > 0 ? { rejected: journal.rejected, changedRejections } : {}),
      writtenAt: journal.writtenAt,
      matchesFile: journal.baseRevision === opened.revision,
      changedSpans,
    },
  };
}
