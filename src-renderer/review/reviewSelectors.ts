import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import { reviewProgress, type ReviewProgress } from '../../src-main/core/review/adjudication';
import { findDisagreements, type Disagreement } from '../../src-main/core/review/findDisagreements';
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

/** How many items of the open document gold decides. */
export function selectReviewProgress(
  state: ReviewState & Pick<AppStore, 'reviewRejected'>,
): ReviewProgress {
  return reviewProgress(selectDisagreements(state), state.annotations, state.reviewRejected);
}
