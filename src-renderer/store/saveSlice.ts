import type { DocumentStatus } from '../../src-main/contract/parleyContract';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from './appStore';
import { annotatorNameProblem, ANNOTATOR_STORAGE_KEY } from './projectSlice';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { HostSpanList, type SpanListOwner } from './hostSpanList';
import { RecoveryJournalWriter } from './recoveryJournalWriter';
import { selectReviewRejectionsLoaded } from './selectors';

export type SaveState = 'saved' | 'saving' | 'unsaved' | 'error';

export interface SaveProblem {
  message: string;
  /** Project-relative path of the annotation file concerned. */
  file?: string;
}

/** The file on disk changed since it was read: the analyst decides what happens. */
export interface SaveConflict {
  file: string;
  message: string;
  diskRevision: string | null;
}

export interface SaveSlice {
  saveState: SaveState;
  /** Why the last save failed; kept until a save succeeds. */
  saveError: SaveProblem | null;
  conflict: SaveConflict | null;
  /** True while the open document has changes not yet written. */
  dirty: boolean;
  lastSavedAt: string | null;
  /** Records an edit of the open document and schedules an autosave. */
  markEdited: () => void;
  /** Saves now; resolves to true when nothing is left unsaved. */
  saveNow: () => Promise<boolean>;
  /** Saves pending changes before leaving a document; true when it may be left. */
  flushSave: () => Promise<boolean>;
  resolveConflictByReloading: () => Promise<void>;
  resolveConflictByKeepingMine: () => Promise<boolean>;
  /** Saves the spans under another annotator's name; resolves to an error message or null. */
  resolveConflictBySavingAs: (annotator: string) => Promise<string | null>;
  /** Drops the open document's recovery journal (the analyst kept the file instead). */
  discardRecoveryJournal: () => Promise<void>;
  /** The host sent the opened document's spans under this name; saves send changes to them. */
  rememberHostSpans: (
    owner: SpanListOwner,
    annotations: readonly Annotation[],
    spanListId: string | undefined,
  ) => void;
}

interface SaveRequest {
  annotator: string;
  overwrite: boolean;
  /** Null for a file that should not exist yet. */
  baseRevision: string | null;
}

export const createSaveSlice: AppSlice<SaveSlice> = (dependencies) => (set, get) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let inFlight: Promise<boolean> | undefined;
  /** Grows with every edit: a save is complete only if no edit arrived while it ran. */
  let editSerial = 0;
  const hostSpans = new HostSpanList();

  const journal = new RecoveryJournalWriter({
    intervalMs: dependencies.recoveryJournalIntervalMs,
    write: async ({ annotations, rejected, ...head }) => {
      const owner = { documentId: head.documentId, annotator: head.annotator };
      await hostSpans.send(owner, annotations, (spans) =>
        dependencies.bridge.writeRecoveryJournal({
          ...head,
          ...spans,
          ...(rejected ? { rejected: [...rejected] } : {}),
        }),
      );
    },
    snapshot: () => {
      const { opened, dirty, annotations, annotator } = get();
      if (!dirty || !opened || opened.readOnlyReason !== null) return null;
      return {
        documentId: opened.article.id,
        annotator,
        annotations,
        baseRevision: opened.revision,
        status: opened.status === 'done' ? 'done' : 'in-progress',
        ...(selectReviewRejectionsLoaded(get()) ? { rejected: get().reviewRejected } : {}),
      };
    },
    beforeWrite: async () => {
      while (inFlight) await inFlight;
    },
    // The save state already says the work is unsaved; the journal is a second line.
    onFailure: (error) => console.warn('parley: could not journal unsaved changes', error),
  });

  /** Drops a document's journal after the analyst chose what to keep. */
  async function discardJournal(documentId: string, annotator: string): Promise<void> {
    await dependencies.bridge
      .discardRecoveryJournal({ documentId, annotator })
      .catch((error: unknown) => console.warn('parley: could not discard a journal', error));
  }

  function cancelTimer(): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  }

  function scheduleSave(): void {
    cancelTimer();
    timer = setTimeout(() => {
      timer = undefined;
      void get().saveNow();
    }, dependencies.autosaveDelayMs);
  }

  async function perform(request: SaveRequest): Promise<boolean> {
    const opened = get().opened;
    if (!opened) return true;
    const documentId = opened.article.id;
    const annotations = get().annotations;
    const status: Exclude<DocumentStatus, 'not-started'> =
      opened.status === 'done' ? 'done' : 'in-progress';
    const serial = editSerial;
    set({ saveState: 'saving' });
    try {
      await journal.idle();
      const result = await hostSpans.send(
        { documentId, annotator: request.annotator },
        annotations,
        (spans) =>
          dependencies.bridge.saveAnnotations({
            documentId,
            annotator: request.annotator,
            ...spans,
            baseRevision: request.baseRevision,
            status,
            ...(request.overwrite ? { overwrite: true } : {}),
            // Adjudication's rejections live in the gold file beside its spans.
            ...(selectReviewRejectionsLoaded(get()) && request.annotator === get().annotator
              ? { rejected: [...get().reviewRejected] }
              : {}),
          }),
      );
      if (get().opened?.article.id !== documentId) return false;
      if (result.outcome === 'conflict') {
        set({
          saveState: 'error',
          saveError: { message: result.message, file: result.file },
          conflict: {
            file: result.file,
            message: result.message,
            diskRevision: result.diskRevision,
          },
        });
        return false;
      }
      const complete = serial === editSerial;
      // The host removed the journal with the save.
      journal.forget();
      if (!complete) journal.changed();
      set((state) => ({
        opened: state.opened && { ...state.opened, revision: result.revision },
        lastSavedAt: result.savedAt,
        dirty: !complete,
        saveState: complete ? 'saved' : 'unsaved',
        saveError: null,
      }));
      get().updateDocumentSummary(
        documentId,
        { spanCount: annotations.length, status },
        request.annotator,
      );
      get().annotationFilesChanged({ annotator: request.annotator, documentId });
      if (!complete) scheduleSave();
      return complete;
    } catch (error) {
      const failure = toBridgeError(error);
      // The spans stay in memory, marked unsaved; the next edit or "Retry" saves again.
      set({
        saveState: 'error',
        saveError: { message: failure.message, ...(failure.file ? { file: failure.file } : {}) },
      });
      return false;
    }
  }

  async function run(request: () => SaveRequest): Promise<boolean> {
    cancelTimer();
    while (inFlight) await inFlight;
    inFlight = perform(request());
    try {
      return await inFlight;
    } finally {
      inFlight = undefined;
    }
  }

  return {
    saveState: 'saved',
    saveError: null,
    conflict: null,
    dirty: false,
    lastSavedAt: null,

    markEdited: () => {
      editSerial++;
      set((state) => ({ dirty: true, saveState: state.conflict ? 'error' : 'unsaved' }));
      if (!get().conflict && !get().opened?.readOnlyReason) scheduleSave();
      journal.changed();
    },

    saveNow: async () => {
      cancelTimer();
      while (inFlight) await inFlight;
      const state = get();
      if (!state.dirty) return true;
      if (!state.opened || state.opened.readOnlyReason !== null || state.conflict) return false;
      return run(() => ({
        annotator: get().annotator,
        overwrite: false,
        baseRevision: get().opened?.revision ?? null,
      }));
    },

    flushSave: () => get().saveNow(),

    rememberHostSpans: (owner, annotations, spanListId) =>
      hostSpans.hold(owner, annotations, spanListId),

    discardRecoveryJournal: async () => {
      const documentId = get().opened?.article.id;
      if (documentId !== undefined) await discardJournal(documentId, get().annotator);
    },

    resolveConflictByReloading: async () => {
      const documentId = get().opened?.article.id;
      cancelTimer();
      if (documentId !== undefined) await discardJournal(documentId, get().annotator);
      const histories = { ...get().histories };
      if (documentId !== undefined) delete histories[documentId];
      set({ conflict: null, dirty: false, saveError: null, saveState: 'saved', histories });
      if (documentId !== undefined) await get().openDocument(documentId, { reload: true });
    },

    resolveConflictByKeepingMine: async () => {
      set({ conflict: null });
      return run(() => ({
        annotator: get().annotator,
        overwrite: true,
        baseRevision: get().opened?.revision ?? null,
      }));
    },

    resolveConflictBySavingAs: async (annotator) => {
      const problem = annotatorNameProblem(annotator);
      if (problem) return problem;
      if (annotator === get().annotator) return 'Choose a name other than your own.';
      const { conflict, saveError } = get();
      set({ conflict: null });
      const saved = await run(() => ({ annotator, overwrite: false, baseRevision: null }));
      if (!saved) {
        const reason = get().conflict
          ? `${annotator} already has a file for this document; choose another name.`
          : `Not saved as ${annotator}: ${get().saveError?.message ?? 'unknown error'}`;
        // The original conflict still needs a decision.
        set({ conflict, saveError, saveState: 'error' });
        return reason;
      }
      const documentId = get().opened?.article.id;
      if (documentId !== undefined) await discardJournal(documentId, get().annotator);
      dependencies.storage.setItem(ANNOTATOR_STORAGE_KEY, annotator);
      set({ annotator });
      try {
        const project = await dependencies.bridge.getProject({ annotator });
        set({ project });
      } catch (error) {
        get().showNotice(toBridgeError(error).describe(), 'error');
      }
      return null;
    },
  };
};
