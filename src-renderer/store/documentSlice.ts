import type { DocumentStatus, OpenedDocument } from '../../src-main/contract/parleyContract';
import { CodePointIndex } from '../../src-main/core/text/codePoints';
import { toBridgeError } from '../bridge/bridgeError';
import { DOCUMENT_REQUEST_MARK } from '../performance/paintMarks';
import type { AppSlice } from './appStore';
import { selectVisibleDocuments } from './selectors';

/** The open document: its article and what the host said about its annotation file. */
export interface OpenedArticle {
  article: OpenedDocument['article'];
  /** Converts the article's code-point offsets to UTF-16 and back. */
  codePoints: CodePointIndex;
  /** The file revision the edits are based on; null when there is no file yet. */
  revision: string | null;
  status: DocumentStatus;
  readOnlyReason: string | null;
  flagged: OpenedDocument['flagged'];
  problems: OpenedDocument['problems'];
}

export interface DocumentSlice {
  opened: OpenedArticle | null;
  /** The id of the document being opened, while it loads. */
  openingDocumentId: string | null;
  documentError: string | null;
  /**
   * Saves the current document, then opens another. Resolves to false (and stays) when the
   * current changes could not be saved. `reload` re-reads the current document from disk.
   */
  openDocument: (documentId: string, options?: { reload?: boolean }) => Promise<boolean>;
  openAdjacentDocument: (step: 1 | -1) => Promise<boolean>;
  /** Opens the next document after this one that has no spans and is not done. */
  openNextUntaggedDocument: () => Promise<boolean>;
  /** Marks the document done, or back in progress, and saves at once. */
  toggleDocumentDone: () => Promise<void>;
}

function sameAnnotations(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

export const createDocumentSlice: AppSlice<DocumentSlice> = (dependencies) => (set, get) => {
  let openSerial = 0;
  return {
    opened: null,
    openingDocumentId: null,
    documentError: null,

    openDocument: async (documentId, options = {}) => {
      const current = get().opened;
      if (current?.article.id === documentId && !options.reload) return true;
      if (!(await get().flushSave())) {
        get().showNotice(
          `"${current?.article.title ?? 'This document'}" stays open: its changes are not saved yet. ${get().saveError?.message ?? 'Resolve the save conflict first.'}`,
          'error',
        );
        return false;
      }
      const serial = ++openSerial;
      const annotator = get().annotator;
      set({ openingDocumentId: documentId, documentError: null });
      let loaded: OpenedDocument;
      try {
        performance.mark(DOCUMENT_REQUEST_MARK);
        loaded = await dependencies.bridge.openDocument({ documentId, annotator });
      } catch (error) {
        if (serial === openSerial) {
          set({ openingDocumentId: null, documentError: toBridgeError(error).describe() });
        }
        return false;
      }
      if (serial !== openSerial) return false;
      // The annotator changed while this was loading: these are someone else's spans.
      if (annotator !== get().annotator) return get().openDocument(documentId, { reload: true });
      const history = get().histories[documentId];
      const keepHistory =
        history !== undefined && sameAnnotations(history.present, loaded.annotations);
      const histories = { ...get().histories };
      if (!keepHistory) delete histories[documentId];
      set({
        opened: {
          article: loaded.article,
          codePoints: new CodePointIndex(loaded.article.text),
          revision: loaded.revision,
          status: loaded.status,
          readOnlyReason: loaded.readOnlyReason ?? null,
          flagged: loaded.flagged,
          problems: loaded.problems,
        },
        openingDocumentId: null,
        annotations: loaded.annotations,
        selectedAnnotationId: null,
        textSelection: null,
        histories,
        dirty: false,
        saveState: 'saved',
        saveError: null,
        conflict: null,
        recoveryOffer: null,
      });
      get().rememberHostSpans({ documentId, annotator }, loaded.annotations, loaded.spanListId);
      get().updateDocumentSummary(documentId, {
        spanCount: loaded.annotations.length,
        status: loaded.status,
      });
      if (loaded.recovered) get().receiveRecoveredEdits(loaded.recovered);
      return true;
    },

    openAdjacentDocument: async (step) => {
      const documents = selectVisibleDocuments(get());
      if (documents.length === 0) return false;
      const index = documents.findIndex((summary) => summary.id === get().opened?.article.id);
      const next =
        index === -1 ? documents[step === 1 ? 0 : documents.length - 1] : documents[index + step];
      if (!next) {
        get().showNotice(step === 1 ? 'This is the last document.' : 'This is the first document.');
        return false;
      }
      return get().openDocument(next.id);
    },

    openNextUntaggedDocument: async () => {
      const documents = get().project?.documents ?? [];
      const index = documents.findIndex((summary) => summary.id === get().opened?.article.id);
      const ordered = [...documents.slice(index + 1), ...documents.slice(0, index + 1)];
      const next = ordered.find(
        (summary) =>
          summary.id !== get().opened?.article.id &&
          summary.spanCount === 0 &&
          summary.status !== 'done',
      );
      if (!next) {
        get().showNotice('Every other document already has spans or is done.');
        return false;
      }
      return get().openDocument(next.id);
    },

    toggleDocumentDone: async () => {
      const blocked = get().editBlockedReason();
      const opened = get().opened;
      if (blocked || !opened) {
        get().showNotice(blocked ?? 'Open a document first.', 'error');
        return;
      }
      const status: DocumentStatus = opened.status === 'done' ? 'in-progress' : 'done';
      set({ opened: { ...opened, status } });
      get().markEdited();
      if (await get().saveNow()) {
        get().showNotice(status === 'done' ? 'Marked done.' : 'Marked in progress again.');
      }
    },
  };
};
