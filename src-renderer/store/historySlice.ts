import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { Rejection } from '../../src-main/core/review/adjudication';
import type { AppSlice } from './appStore';
import { selectReviewRejectionsLoaded } from './selectors';

/** What one undo step restores: the whole (immutable) span list, and gold's rejections. */
export interface HistorySnapshot {
  annotations: readonly Annotation[];
  /**
   * Undefined when the open document's rejections were not known yet (in review, before its
   * review document arrived): restoring such a step leaves the rejections as they are, rather
   * than bringing back another document's.
   */
  rejected: readonly Rejection[] | undefined;
}

/** Undo and redo of one document's spans (and, in review, rejections), as snapshots. */
export interface DocumentHistory {
  past: readonly HistorySnapshot[];
  future: readonly HistorySnapshot[];
  /** The spans as they are now; a reopened file that differs starts a new history. */
  present: readonly Annotation[];
  /** Edits with the same key in quick succession (typing a note) undo as one. */
  coalesceKey: string | null;
  /** Milliseconds since the epoch of the last edit. */
  changedAt: number;
}

export interface HistorySlice {
  /** Per document id. */
  histories: Readonly<Record<string, DocumentHistory>>;
  /**
   * Replaces the spans of the open document (and with `rejected`, gold's rejections) as one
   * undoable edit, and schedules a save.
   */
  commitAnnotations: (
    next: readonly Annotation[],
    options?: { coalesceKey?: string; rejected?: readonly Rejection[] },
  ) => void;
  undo: () => void;
  redo: () => void;
}

/** How many edits a document remembers. */
export const HISTORY_LIMIT = 500;
/** Edits with the same coalesce key closer together than this undo as one. */
export const COALESCE_WINDOW_MS = 1500;

function emptyHistory(present: readonly Annotation[]): DocumentHistory {
  return { past: [], future: [], present, coalesceKey: null, changedAt: 0 };
}

export const createHistorySlice: AppSlice<HistorySlice> = (dependencies) => (set, get) => {
  function historyOfOpenDocument(): [string, DocumentHistory] | undefined {
    const documentId = get().opened?.article.id;
    if (documentId === undefined) return undefined;
    return [documentId, get().histories[documentId] ?? emptyHistory(get().annotations)];
  }

  function snapshotNow(): HistorySnapshot {
    const state = get();
    return {
      annotations: state.annotations,
      rejected: selectReviewRejectionsLoaded(state) ? state.reviewRejected : undefined,
    };
  }

  function restore(step: 'undo' | 'redo'): void {
    const blocked = get().editBlockedReason();
    const entry = historyOfOpenDocument();
    if (blocked || !entry) {
      if (blocked) get().showNotice(blocked, 'error');
      return;
    }
    const [documentId, history] = entry;
    const source = step === 'undo' ? history.past : history.future;
    const snapshot = source.at(-1);
    if (!snapshot) {
      get().showNotice(step === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      return;
    }
    const current = snapshotNow();
    const rest = source.slice(0, -1);
    const next: DocumentHistory = {
      past: step === 'undo' ? rest : [...history.past, current],
      future: step === 'undo' ? [...history.future, current] : rest,
      present: snapshot.annotations,
      coalesceKey: null,
      changedAt: 0,
    };
    const selected = get().selectedAnnotationId;
    set({
      annotations: snapshot.annotations,
      ...(snapshot.rejected ? { reviewRejected: snapshot.rejected } : {}),
      histories: { ...get().histories, [documentId]: next },
      selectedAnnotationId: snapshot.annotations.some((annotation) => annotation.id === selected)
        ? selected
        : null,
    });
    get().markEdited();
  }

  return {
    histories: {},

    commitAnnotations: (next, options = {}) => {
      const entry = historyOfOpenDocument();
      if (!entry) return;
      const [documentId, history] = entry;
      const changedAt = Date.parse(dependencies.now());
      const coalesceKey = options.coalesceKey ?? null;
      const coalesce =
        coalesceKey !== null &&
        coalesceKey === history.coalesceKey &&
        changedAt - history.changedAt < COALESCE_WINDOW_MS;
      const updated: DocumentHistory = {
        past: coalesce ? history.past : [...history.past, snapshotNow()].slice(-HISTORY_LIMIT),
        future: [],
        present: next,
        coalesceKey,
        changedAt,
      };
      set({
        annotations: next,
        ...(options.rejected ? { reviewRejected: options.rejected } : {}),
        histories: { ...get().histories, [documentId]: updated },
      });
      get().markEdited();
    },

    undo: () => restore('undo'),
    redo: () => restore('redo'),
  };
};
