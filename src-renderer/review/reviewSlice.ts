import type { ReviewDocument } from '../../src-main/contract/parleyContract';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import {
  annotatorsWithSpan,
  goldSpanFrom,
  type Rejection,
} from '../../src-main/core/review/adjudication';
import { decisionSourcesOf } from '../../src-main/core/review/decisionSources';
import {
  sameLabelAndExtent,
  type Disagreement,
} from '../../src-main/core/review/findDisagreements';
import { compareTextOrder } from '../article/textOrder';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from '../store/appStore';
import { projectForAnnotator } from '../store/projectForAnnotator';
import {
  selectDisagreements,
  selectItemDecisions,
  selectSideBySideAnnotators,
} from './reviewSelectors';

export type ReviewLayout = 'overlay' | 'side-by-side';
export type ReviewView = 'compare' | 'report';

export interface ReviewSlice {
  /** Review mode: the open document is gold's, the others' spans are compared beside it. */
  reviewActive: boolean;
  /** Whose files were open before review, restored when it ends. */
  reviewReturnAnnotator: string | null;
  /** The annotators' spans of the open document, as read when it was opened in review. */
  reviewDocument: ReviewDocument | null;
  /** The annotators compared; empty means every annotator but gold. */
  reviewAnnotators: readonly string[];
  reviewLayout: ReviewLayout;
  /** Chosen for the left and right column side by side; see selectSideBySideAnnotators. */
  reviewSideBySide: readonly string[];
  /** Gold's rejected disagreements, saved with gold's spans; undone and redone with them. */
  reviewRejected: readonly Rejection[];
  activeDisagreementKey: string | null;
  /** Grows each time a disagreement is chosen, so the compare view scrolls to it again. */
  revealSerial: number;
  reviewError: string | null;
  reviewView: ReviewView;
  setReviewView: (view: ReviewView) => void;
  enterReview: () => Promise<boolean>;
  exitReview: () => Promise<boolean>;
  /** Reads the open document's annotators for review; `reload` reads them again. */
  loadReviewDocument: (options?: { reload?: boolean }) => Promise<void>;
  /**
   * Annotation files changed: `annotator`'s file of `documentId` was saved, or, without them,
   * any file may have (an import, a reload). Marks the agreement report stale and brings
   * review's figures up to date.
   */
  annotationFilesChanged: (saved?: { annotator: string; documentId: string }) => void;
  toggleReviewAnnotator: (annotator: string) => void;
  setReviewLayout: (layout: ReviewLayout) => void;
  /** Shows `annotator` in the left (0) or right (1) column, swapping when it is in the other. */
  setSideBySideAnnotator: (column: 0 | 1, annotator: string) => void;
  selectDisagreement: (key: string | null) => void;
  /** Moves to the next or previous disagreement (agreed items skipped); false when none. */
  stepDisagreement: (step: 1 | -1) => boolean;
  /** Puts the given annotators' spans of the item into gold, replacing what gold had for it. */
  acceptDisagreement: (key: string, annotators: readonly string[]) => boolean;
  acceptAllAgreed: () => number;
  rejectDisagreement: (key: string, rationale?: string) => boolean;
}

export const createReviewSlice: AppSlice<ReviewSlice> = (dependencies) => (set, get) => {
  /**
   * The review document being read, so that a second request for it waits for the same reply:
   * entering Review asks for it, and so does the workspace as it mounts. Two replies would each
   * be validated and each redraw the whole Review.
   */
  let reviewDocumentLoad: { documentId: string; done: Promise<void> } | null = null;

  /** Reads the open document's review from the host into the store (see loadReviewDocument). */
  async function readReviewDocument(documentId: string, sameDocument: boolean): Promise<void> {
    try {
      const review = await dependencies.bridge.getReviewDocument({ documentId });
      if (get().opened?.article.id !== documentId) return;
      // Read again, gold's rejections stay as edited here: gold is the file being edited.
      set(
        sameDocument
          ? { reviewDocument: review, reviewError: null }
          : {
              reviewDocument: review,
              reviewRejected: review.rejected,
              activeDisagreementKey: null,
              reviewError: null,
            },
      );
      const pending = get().pendingRecoveredRejections;
      if (pending?.documentId === documentId) {
        set({ pendingRecoveredRejections: null });
        // The journal's rejections over the file's, undoable and unsaved like the spans.
        get().commitAnnotations(get().annotations, { rejected: pending.rejected });
      }
    } catch (error) {
      set({ reviewError: toBridgeError(error).describe() });
    }
  }

  function refuse(message: string): false {
    get().showNotice(message, 'error');
    return false;
  }

  function itemByKey(key: string): Disagreement | undefined {
    return selectDisagreements(get()).find((item) => item.key === key);
  }

  function sourceSpan(annotator: string, id: string): Annotation | undefined {
    return get()
      .reviewDocument?.sources.find((source) => source.annotator === annotator)
      ?.annotations.find((annotation) => annotation.id === id);
  }

  /**
   * Gold's spans and rejections without those that decide `item` (or did before it changed),
   * plus `added` or `rejection`: one undoable edit. A gold span with the label and extent of an
   * added one goes too, as a file holds no two such spans.
   */
  function decide(item: Disagreement, added: readonly Annotation[], rejection?: Rejection): void {
    const decision = selectItemDecisions(get()).get(item.key);
    const replaced = new Set(decision?.goldSpans.map((span) => span.id));
    const replacedRejections = new Set([item.key, ...(decision?.rejectionKeys ?? [])]);
    const kept = get().annotations.filter(
      (span) => !replaced.has(span.id) && !added.some((other) => sameLabelAndExtent(other, span)),
    );
    const rejected = get().reviewRejected.filter(
      (other) => !replacedRejections.has(other.disagreementKey),
    );
    get().commitAnnotations([...kept, ...added].sort(compareTextOrder), {
      rejected: rejection ? [...rejected, rejection] : rejected,
    });
  }

  function goldSpansOf(item: Disagreement, annotators: readonly string[]): Annotation[] {
    const now = dependencies.now();
    const made: Annotation[] = [];
    for (const annotator of annotators) {
      for (const span of item.spans[annotator] ?? []) {
        const source = sourceSpan(annotator, span.id);
        if (!source) continue;
        if (made.some((other) => sameLabelAndExtent(other, source))) continue;
        made.push(
          goldSpanFrom(
            source,
            {
              disagreementKey: item.key,
              annotators: annotatorsWithSpan(item, source),
              adjudicator: get().reviewReturnAnnotator ?? get().annotator,
              adjudicatedAt: now,
              sources: decisionSourcesOf(item),
            },
            dependencies.createId(),
            now,
          ),
        );
      }
    }
    return made;
  }

  async function switchAnnotator(annotator: string): Promise<boolean> {
    if (!(await get().flushSave())) {
      return refuse('The current changes could not be saved. Resolve the save problem first.');
    }
    try {
      const project = await projectForAnnotator(dependencies.bridge, get().project, annotator);
      set({ project, annotator: project.annotator, histories: {} });
    } catch (error) {
      return refuse(toBridgeError(error).describe());
    }
    const openedId = get().opened?.article.id;
    if (openedId !== undefined) await get().openDocument(openedId, { reload: true });
    return true;
  }

  return {
    reviewActive: false,
    reviewReturnAnnotator: null,
    reviewDocument: null,
    reviewAnnotators: [],
    reviewLayout: 'overlay',
    reviewSideBySide: [],
    reviewRejected: [],
    activeDisagreementKey: null,
    revealSerial: 0,
    reviewError: null,
    reviewView: 'compare',

    setReviewView: (reviewView) => {
      set({ reviewView });
      if (reviewView === 'report') void get().showAgreementReport();
    },

    enterReview: async () => {
      if (get().reviewActive) return true;
      const returnTo = get().annotator;
      if (!(await switchAnnotator(GOLD_ANNOTATOR))) return false;
      set({ reviewActive: true, reviewReturnAnnotator: returnTo, activeDisagreementKey: null });
      await Promise.all([get().loadReviewDocument(), get().loadProjectProgress()]);
      return true;
    },

    exitReview: async () => {
      if (!get().reviewActive) return true;
      const returnTo = get().reviewReturnAnnotator;
      if (returnTo !== null && !(await switchAnnotator(returnTo))) return false;
      get().cancelAgreementReport();
      set({
        reviewActive: false,
        reviewReturnAnnotator: null,
        reviewDocument: null,
        reviewRejected: [],
        activeDisagreementKey: null,
      });
      return true;
    },

    loadReviewDocument: (options = {}) => {
      const documentId = get().opened?.article.id;
      if (!get().reviewActive || documentId === undefined) return Promise.resolve();
      const sameDocument = get().reviewDocument?.documentId === documentId;
      if (sameDocument && !options.reload) return Promise.resolve();
      // A reload asks again: the files may have changed since the request in flight was made.
      if (!options.reload && reviewDocumentLoad?.documentId === documentId) {
        return reviewDocumentLoad.done;
      }
      const done = readReviewDocument(documentId, sameDocument).finally(() => {
        if (reviewDocumentLoad?.done === done) reviewDocumentLoad = null;
      });
      reviewDocumentLoad = { documentId, done };
      return done;
    },

    annotationFilesChanged: (saved) => {
      get().markAgreementStale(saved?.annotator);
      if (!get().reviewActive) return;
      if (saved) {
        // Only this document changed, and review shows its own progress live meanwhile.
        void get().loadProjectProgress([saved.documentId]);
        return;
      }
      void get().loadReviewDocument({ reload: true });
      void get().loadProjectProgress();
    },

    toggleReviewAnnotator: (annotator) => {
      const available = (get().reviewDocument?.sources ?? []).map((source) => source.annotator);
      const current =
        get().reviewAnnotators.length > 0
          ? get().reviewAnnotators
          : available.filter((name) => name !== GOLD_ANNOTATOR);
      const next = current.includes(annotator)
        ? current.filter((name) => name !== annotator)
        : available.filter((name) => name === annotator || current.includes(name));
      set({ reviewAnnotators: next, activeDisagreementKey: null });
      // Whom review compares is whom progress counts, and whom the report covers.
      void get().loadProjectProgress();
      if (get().reviewView === 'report') void get().showAgreementReport();
    },

    setReviewLayout: (reviewLayout) => set({ reviewLayout }),

    setSideBySideAnnotator: (column, annotator) => {
      const next = [...selectSideBySideAnnotators(get())];
      const other = column === 0 ? 1 : 0;
      if (next[other] === annotator && next[column] !== undefined) next[other] = next[column];
      next[column] = annotator;
      set({ reviewSideBySide: next });
    },

    selectDisagreement: (key) =>
      set((state) => ({ activeDisagreementKey: key, revealSerial: state.revealSerial + 1 })),

    stepDisagreement: (step) => {
      const items = selectDisagreements(get()).filter((item) => item.kind !== 'agreed');
      if (items.length === 0) return refuse('There are no disagreements in this document.');
      const index = items.findIndex((item) => item.key === get().activeDisagreementKey);
      const next =
        index === -1
          ? items[step === 1 ? 0 : items.length - 1]!
          : items[(index + step + items.length) % items.length]!;
      get().selectDisagreement(next.key);
      return true;
    },

    acceptDisagreement: (key, annotators) => {
      const blocked = get().editBlockedReason();
      if (blocked) return refuse(blocked);
      const item = itemByKey(key);
      if (!item) return refuse('That disagreement is no longer in the list.');
      const added = goldSpansOf(item, annotators);
      if (added.length === 0) return refuse('The chosen annotators have no span here.');
      decide(item, added);
      return true;
    },

    acceptAllAgreed: () => {
      const blocked = get().editBlockedReason();
      if (blocked) return (refuse(blocked), 0);
      // Only open items: a stale one changed since it was decided, and asks for a look.
      const decisions = selectItemDecisions(get());
      const agreed = selectDisagreements(get()).filter(
        (item) => item.kind === 'agreed' && decisions.get(item.key)?.state === 'open',
      );
      const added = agreed.flatMap((item) => goldSpansOf(item, item.annotators.slice(0, 1)));
      if (added.length === 0) {
        get().showNotice('Every agreed span is already in gold.');
        return 0;
      }
      get().commitAnnotations([...get().annotations, ...added].sort(compareTextOrder));
      get().showNotice(`Accepted ${added.length} agreed ${added.length === 1 ? 'span' : 'spans'}.`);
      return added.length;
    },

    rejectDisagreement: (key, rationale) => {
      const blocked = get().editBlockedReason();
      if (blocked) return refuse(blocked);
      const item = itemByKey(key);
      if (!item) return refuse('That disagreement is no longer in the list.');
      decide(item, [], {
        disagreementKey: key,
        adjudicator: get().reviewReturnAnnotator ?? get().annotator,
        rejectedAt: dependencies.now(),
        ...(rationale ? { rationale } : {}),
        sources: decisionSourcesOf(item),
      });
      return true;
    },
  };
};
