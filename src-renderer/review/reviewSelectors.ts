import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import { itemDecisions, type ItemDecision } from '../../src-main/core/review/decisionStates';
import { findDisagreements, type Disagreement } from '../../src-main/core/review/findDisagreements';
import {
  progressOf,
  projectReviewProgress,
  type DocumentReviewProgress,
  type ProjectReviewProgress,
  type ReviewProgress,
} from '../../src-main/core/review/reviewProgress';
import type { AppStore } from '../store/appStore';

const NO_SPANS: readonly Annotation[] = [];

type ReviewState = Pick<AppStore, 'reviewDocument' | 'reviewAnnotators' | 'annotations'>;

/** Annotators that can be compared for the open document: its files' owners, gold last. */
export function selectReviewCandidates(state: Pick<AppStore, 'reviewDocument'>): string[] {
  const names = (state.reviewDocument?.sources ?? []).map((source) => source.annotator);
  return [
    ...names.filter((name) => name !== GOLD_ANNOTATOR),
    ...names.filter((name) => name === GOLD_ANNOTATOR),
  ];
}

/** The annotators compared: the chosen ones, or every annotator but gold. */
export function selectComparedAnnotators(state: ReviewState): string[] {
  const candidates = selectReviewCandidates(state);
  return state.reviewAnnotators.length > 0
    ? candidates.filter((name) => state.reviewAnnotators.includes(name))
    : candidates.filter((name) => name !== GOLD_ANNOTATOR);
}

/** Each compared annotator's spans; gold's are the live, edited ones. */
export function selectSpansByAnnotator(
  state: ReviewState,
): Readonly<Record<string, readonly Annotation[]>> {
  return Object.fromEntries(
    selectComparedAnnotators(state).map((name) => [
      name,
      name === GOLD_ANNOTATOR
        ? state.annotations
        : (state.reviewDocument?.sources.find((source) => source.annotator === name)?.annotations ??
          NO_SPANS),
    ]),
  );
}

let memo: { document: unknown; chosen: unknown; gold: unknown; items: Disagreement[] } | undefined;

/** The compared annotators' disagreements in the open document, in text order (memoized). */
export function selectDisagreements(state: ReviewState): Disagreement[] {
  if (
    memo &&
    memo.document === state.reviewDocument &&
    memo.chosen === state.reviewAnnotators &&
    memo.gold === state.annotations
  )
    return memo.items;
  const items = findDisagreements(selectComparedAnnotators(state), selectSpansByAnnotator(state));
  memo = {
    document: state.reviewDocument,
    chosen: state.reviewAnnotators,
    gold: state.annotations,
    items,
  };
  return items;
}

let decisionsMemo:
  | {
      items: unknown;
      gold: unknown;
      rejected: unknown;
      decisions: Map<string, ItemDecision<Annotation>>;
    }
  | undefined;

/** Where each item of the open document stands in gold, by key (memoized). */
export function selectItemDecisions(
  state: ReviewState & Pick<AppStore, 'reviewRejected'>,
): Map<string, ItemDecision<Annotation>> {
  const items = selectDisagreements(state);
  if (
    decisionsMemo &&
    decisionsMemo.items === items &&
    decisionsMemo.gold === state.annotations &&
    decisionsMemo.rejected === state.reviewRejected
  )
    return decisionsMemo.decisions;
  const decisions = itemDecisions(items, state.annotations, state.reviewRejected);
  decisionsMemo = { items, gold: state.annotations, rejected: state.reviewRejected, decisions };
  return decisions;
}

/** How many items of the open document gold decides. */
export function selectReviewProgress(
  state: ReviewState & Pick<AppStore, 'reviewRejected'>,
): ReviewProgress {
  return progressOf(selectItemDecisions(state).values());
}

/**
 * The project's progress: the host's figures per document, but the open document's own as it
 * is now, unsaved decisions included — when it is compared as the host compares it (gold not
 * among the compared). Null until the host has answered.
 */
export function selectProjectReviewProgress(
  state: ReviewState & Pick<AppStore, 'reviewRejected' | 'projectProgress' | 'opened'>,
): ProjectReviewProgress | null {
  const fetched = state.projectProgress.documents;
  if (!fetched) return null;
  const openId = state.reviewDocument?.documentId;
  const compared = selectComparedAnnotators(state);
  const live =
    openId !== undefined &&
    openId === state.opened?.article.id &&
    compared.length >= 2 &&
    !compared.includes(GOLD_ANNOTATOR)
      ? selectReviewProgress(state)
      : undefined;
  if (!live) return othersProgress(fetched, undefined);
  // The other documents' sum changes only with the host's figures: a decision in the open
  // document adds its live figures to it instead of summing every document again.
  const sum = othersProgress(fetched, openId);
  const open = projectReviewProgress([live]);
  return {
    resolved: sum.resolved + open.resolved,
    total: sum.total + open.total,
    stale: sum.stale + open.stale,
    documents: sum.documents + open.documents,
    completeDocuments: sum.completeDocuments + open.completeDocuments,
  };
}

let othersMemo:
  | {
      fetched: readonly DocumentReviewProgress[];
      leftOut: string | undefined;
      sum: ProjectReviewProgress;
    }
  | undefined;

/** The host's figures summed over every document but `leftOut`; remembered for the last list. */
function othersProgress(
  fetched: readonly DocumentReviewProgress[],
  leftOut: string | undefined,
): ProjectReviewProgress {
  if (othersMemo?.fetched === fetched && othersMemo.leftOut === leftOut) return othersMemo.sum;
  const sum = projectReviewProgress(
    leftOut === undefined ? fetched : fetched.filter((entry) => entry.documentId !== leftOut),
  );
  othersMemo = { fetched, leftOut, sum };
  return sum;
}

/** The two annotators shown side by side: the chosen ones while compared, else the first. */
export function selectSideBySideAnnotators(
  state: ReviewState & Pick<AppStore, 'reviewSideBySide'>,
): string[] {
  const compared = selectComparedAnnotators(state);
  const [left, right] = [0, 1].map((column) => {
    const chosen = state.reviewSideBySide[column];
    return chosen !== undefined && compared.includes(chosen) ? chosen : undefined;
  });
  const columns = [left, right === left ? undefined : right];
  const spare = compared.filter((name) => !columns.includes(name));
  return columns
    .map((name) => name ?? spare.shift())
    .filter((name): name is string => name !== undefined);
}
