import type { RecoveredEdits } from '../../src-main/contract/parleyContract';
import type { Rejection } from '../../src-main/core/review/adjudication';
import type { AppSlice } from './appStore';
import { selectReviewRejectionsLoaded } from './selectors';

/** Journaled edits made on an older version of the file: the analyst chooses what stays. */
export interface RecoveryOffer {
  documentId: string;
  recovered: RecoveredEdits;
}

export interface RecoverySlice {
  recoveryOffer: RecoveryOffer | null;
  /**
   * Gold's journaled rejections, restored with its spans before the review document arrived:
   * they replace the file's list once it has (`loadReviewDocument`), as an undoable edit.
   */
  pendingRecoveredRejections: { documentId: string; rejected: readonly Rejection[] } | null;
  /**
   * Takes what the host found in the open document's recovery journal: edits on the file as it
   * is are restored at once (unsaved, so autosave writes them); others are offered.
   */
  receiveRecoveredEdits: (recovered: RecoveredEdits) => void;
  /** Restores the offered edits over the file's spans; they are saved like any edit. */
  restoreRecoveredEdits: () => void;
  /** Keeps the file as it is and drops the journal. */
  keepFileOverRecoveredEdits: () => Promise<void>;
}

/** "10:42:07", in the analyst's locale. */
function timeOf(isoTimestamp: string): string {
  return new Date(isoTimestamp).toLocaleTimeString();
}

export function describeChanges(count: number): string {
  return `${count} unsaved ${count === 1 ? 'change' : 'changes'}`;
}

export const createRecoverySlice: AppSlice<RecoverySlice> = () => (set, get) => {
  function restore(recovered: RecoveredEdits): void {
    const opened = get().opened;
    if (!opened) return;
    const documentId = opened.article.id;
    const { rejected } = recovered;
    // Rejections sit beside the review document's; before it has arrived they wait for it.
    const reviewLoaded = selectReviewRejectionsLoaded(get());
    set({
      opened: {
        ...opened,
        flagged: recovered.flagged,
        ...(recovered.status ? { status: recovered.status } : {}),
      },
      recoveryOffer: null,
      pendingRecoveredRejections: rejected && !reviewLoaded ? { documentId, rejected } : null,
    });
    // One undoable edit, marked unsaved: autosave writes it, Ctrl+Z takes it back.
    get().commitAnnotations(recovered.annotations, rejected && reviewLoaded ? { rejected } : {});
    const changes = recovered.changedSpans + (recovered.changedRejections ?? 0);
    get().showNotice(`Restored ${describeChanges(changes)} from ${timeOf(recovered.writtenAt)}.`);
  }

  return {
    recoveryOffer: null,
    pendingRecoveredRejections: null,

    receiveRecoveredEdits: (recovered) => {
      const documentId = get().opened?.article.id;
      if (documentId === undefined) return;
      if (recovered.matchesFile) restore(recovered);
      else set({ recoveryOffer: { documentId, recovered } });
    },

    restoreRecoveredEdits: () => {
      const offer = get().recoveryOffer;
      if (!offer || offer.documentId !== get().opened?.article.id) {
        set({ recoveryOffer: null });
        return;
      }
      restore(offer.recovered);
    },

    keepFileOverRecoveredEdits: async () => {
      const offer = get().recoveryOffer;
      set({ recoveryOffer: null });
      if (!offer) return;
      await get().discardRecoveryJournal();
      get().showNotice(
        `Kept the file; the ${describeChanges(offer.recovered.changedSpans)} from ${timeOf(offer.recovered.writtenAt)} were discarded.`,
      );
    },
  };
};
