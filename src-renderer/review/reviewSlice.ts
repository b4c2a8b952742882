import type { ReviewDocument } from '../../src-main/contract/parleyContract';
import type { AgreementReport } from '../../src-main/core/agreement/agreementReport';
import type { Problem } from '../../src-main/core/errors';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import {
  annotatorsWithSpan,
  goldSpanFrom,
  goldSpansFor,
  type Rejection,
} from '../../src-main/core/review/adjudication';
import type { Disagreement } from '../../src-main/core/review/findDisagreements';
import { compareTextOrder } from '../article/textOrder';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from '../store/appStore';
import { selectComparedAnnotators, selectDisagreements } from './reviewSelectors';

export type ReviewLayout = 'overlay' | 'side-by-side';
export type ReviewView = 'compare' | 'report';

export interface AgreementReportState {
  report: AgreementReport | null;
  problems: readonly Problem[];
  loading: boolean;
  error: string | null;
}

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
  /** Gold's rejected disagreements, saved with gold's spans. */
  reviewRejected: readonly Rejection[];
  activeDisagreementKey: string | null;
  /** Grows each time a disagreement is chosen, so the compare view scrolls to it again. */
  revealSerial: number;
  reviewError: string | null;
  reviewView: ReviewView;
  agreement: AgreementReportState;
  setReviewView: (view: ReviewView) => void;
  /** Computes the agreement report over the compared annotators (every document they share). */
  loadAgreementReport: () => Promise<void>;
  /** Writes the report into exports/; resolves to the project-relative file, or null. */
  exportAgreementReport: (
    format: 'html' | 'csv',
    options?: { replace?: boolean },
  ) => Promise<{ outcome: 'written' | 'exists'; target: string } | null>;
  enterReview: () => Promise<boolean>;
  exitReview: () => Promise<boolean>;
  loadReviewDocument: () => Promise<void>;
  toggleReviewAnnotator: (annotator: string) => void;
  setReviewLayout: (layout: ReviewLayout) => void;
  selectDisagreement: (key: string | null) => void;
  /** Moves to the next or previous disagreement (agreed items skipped); false when none. */
  stepDisagreement: (step: 1 | -1) => boolean;
  /** Puts the given annotators' spans of the item into gold, replacing what gold had for it. */
  acceptDisagreement: (key: string, annotators: readonly string[]) => boolean;
  acceptAllAgreed: () => number;
  rejectDisagreement: (key: string, rationale?: string) => boolean;
}

export const createReviewSlice: AppSlice<ReviewSlice> = (dependencies) => (set, get) => {
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

  /** Gold's spans without those that decide `item`, plus `added`; one undoable edit. */
  function decide(
    item: Disagreement,
    added: readonly Annotation[],
    rejected: readonly Rejection[],
  ): void {
    const replaced = new Set(goldSpansFor(item, get().annotations).map((span) => span.id));
    const kept = get().annotations.filter((span) => !replaced.has(span.id));
    set({ reviewRejected: rejected });
    if (replaced.size === 0 && added.length === 0) get().markEdited();
    else get().commitAnnotations([...kept, ...added].sort(compareTextOrder));
  }

  function goldSpansOf(item: Disagreement, annotators: readonly string[]): Annotation[] {
    const now = dependencies.now();
    const made: Annotation[] = [];
    for (const annotator of annotators) {
      for (const span of item.spans[annotator] ?? []) {
        const source = sourceSpan(annotator, span.id);
        if (!source) continue;
        const same = made.some(
          (other) =>
            other.label === source.label &&
            other.start === source.start &&
            other.end === source.end,
        );
        if (same) continue;
        made.push(
          goldSpanFrom(
            source,
            {
              disagreementKey: item.key,
              annotators: annotatorsWithSpan(item, source),
              adjudicator: get().reviewReturnAnnotator ?? get().annotator,
              adjudicatedAt: now,
            },
            dependencies.createId(),
            now,
          ),
        );
      }
    }
    return made;
  }

  /** The compared annotators when there are two or more; otherwise the report's defaults. */
  function agreementSelection(): { annotators?: string[] } {
    const annotators = selectComparedAnnotators(get()).filter((name) => name !== GOLD_ANNOTATOR);
    return annotators.length >= 2 ? { annotators } : {};
  }

  async function switchAnnotator(annotator: string): Promise<boolean> {
    if (!(await get().flushSave())) {
      return refuse('The current changes could not be saved. Resolve the save problem first.');
    }
    try {
      const project = await dependencies.bridge.getProject({ annotator });
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
    reviewRejected: [],
    activeDisagreementKey: null,
    revealSerial: 0,
    reviewError: null,
    reviewView: 'compare',
    agreement: { report: null, problems: [], loading: false, error: null },

    setReviewView: (reviewView) => {
      set({ reviewView });
      if (reviewView === 'report') void get().loadAgreementReport();
    },

    loadAgreementReport: async () => {
      set((state) => ({ agreement: { ...state.agreement, loading: true, error: null } }));
      try {
        const { report, problems } =
          await dependencies.bridge.getAgreementReport(agreementSelection());
        set({ agreement: { report, problems, loading: false, error: null } });
      } catch (error) {
        set((state) => ({
          agreement: { ...state.agreement, loading: false, error: toBridgeError(error).describe() },
        }));
      }
    },

    exportAgreementReport: async (format, options = {}) => {
      try {
        const result = await dependencies.bridge.exportAgreementReport({
          ...agreementSelection(),
          format,
          fileName: `agreement.${format}`,
          ...(options.replace ? { replace: true } : {}),
        });
        get().showNotice(
          result.outcome === 'written'
            ? `Wrote ${result.target}.`
            : `${result.target} exists already; choose Replace to write over it.`,
        );
        return result;
      } catch (error) {
        get().showNotice(toBridgeError(error).describe(), 'error');
        return null;
      }
    },

    enterReview: async () => {
      if (get().reviewActive) return true;
      const returnTo = get().annotator;
      if (!(await switchAnnotator(GOLD_ANNOTATOR))) return false;
      set({ reviewActive: true, reviewReturnAnnotator: returnTo, activeDisagreementKey: null });
      await get().loadReviewDocument();
      return true;
    },

    exitReview: async () => {
      if (!get().reviewActive) return true;
      const returnTo = get().reviewReturnAnnotator;
      if (returnTo !== null && !(await switchAnnotator(returnTo))) return false;
      set({
        reviewActive: false,
        reviewReturnAnnotator: null,
        reviewDocument: null,
        reviewRejected: [],
        activeDisagreementKey: null,
      });
      return true;
    },

    loadReviewDocument: async () => {
      const documentId = get().opened?.article.id;
      if (!get().reviewActive || documentId === undefined) return;
      if (get().reviewDocument?.documentId === documentId) return;
      try {
        const review = await dependencies.bridge.getReviewDocument({ documentId });
        if (get().opened?.article.id !== documentId) return;
        set({
          reviewDocument: review,
          reviewRejected: review.rejected,
          activeDisagreementKey: null,
          reviewError: null,
        });
      } catch (error) {
        set({ reviewError: toBridgeError(error).describe() });
      }
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
    },

    setReviewLayout: (reviewLayout) => set({ reviewLayout }),

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
      decide(
        item,
        added,
        get().reviewRejected.filter((rejection) => rejection.disagreementKey !== key),
      );
      return true;
    },

    acceptAllAgreed: () => {
      const blocked = get().editBlockedReason();
      if (blocked) return (refuse(blocked), 0);
      const agreed = selectDisagreements(get()).filter(
        (item) => item.kind === 'agreed' && goldSpansFor(item, get().annotations).length === 0,
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
      const rejection: Rejection = {
        disagreementKey: key,
        adjudicator: get().reviewReturnAnnotator ?? get().annotator,
        rejectedAt: dependencies.now(),
        ...(rationale ? { rationale } : {}),
      };
      decide(
        item,
        [],
        [...get().reviewRejected.filter((other) => other.disagreementKey !== key), rejection],
      );
      return true;
    },
  };
};
