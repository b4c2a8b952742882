import type { Problem } from '../errors';
import { GOLD_ANNOTATOR } from '../project/annotationPaths';
import type { Rejection } from './adjudication';
import { itemDecisions, type ItemDecision } from './decisionStates';
import { findDisagreements, type Disagreement, type ReviewSpan } from './findDisagreements';

/** Review items counted by where they stand in gold. */
export interface ReviewProgress {
  /** Items resolved or rejected, and still current. */
  resolved: number;
  total: number;
  /** Items decided once whose spans changed since: open, and counted here too. */
  stale: number;
}

/** Counts decided and stale items among decisions (see decisionStates.ts). */
export function progressOf(decisions: Iterable<Pick<ItemDecision, 'state'>>): ReviewProgress {
  const progress: ReviewProgress = { resolved: 0, total: 0, stale: 0 };
  for (const { state } of decisions) {
    progress.total++;
    if (state === 'resolved' || state === 'rejected') progress.resolved++;
    if (state === 'stale') progress.stale++;
  }
  return progress;
}

/** How many of `items` gold decides. */
export function reviewProgress(
  items: readonly Disagreement[],
  gold: readonly ReviewSpan[],
  rejected: readonly Pick<Rejection, 'disagreementKey' | 'sources'>[],
): ReviewProgress {
  return progressOf(itemDecisions(items, gold, rejected).values());
}

/**
 * One document's progress when `compared` (two or more annotators, gold aside) are compared:
 * their items, decided by gold's spans (`spansByAnnotator.gold`) and `rejected`.
 */
export function documentReviewProgress(
  compared: readonly string[],
  spansByAnnotator: Readonly<Record<string, readonly ReviewSpan[]>>,
  rejected: readonly Pick<Rejection, 'disagreementKey' | 'sources'>[],
): ReviewProgress {
  const annotators = compared.filter((name) => name !== GOLD_ANNOTATOR);
  return reviewProgress(
    findDisagreements(annotators, spansByAnnotator),
    spansByAnnotator[GOLD_ANNOTATOR] ?? [],
    rejected,
  );
}

/** A project's progress: items summed over its documents, and how many documents are done. */
export interface ProjectReviewProgress extends ReviewProgress {
  documents: number;
  /** Documents whose every item is decided and current. */
  completeDocuments: number;
}

/** Sums the documents' progress (each counted once). */
export function projectReviewProgress(documents: Iterable<ReviewProgress>): ProjectReviewProgress {
  const sum: ProjectReviewProgress = {
    resolved: 0,
    total: 0,
    stale: 0,
    documents: 0,
    completeDocuments: 0,
  };
  for (const document of documents) {
    sum.resolved += document.resolved;
    sum.total += document.total;
    sum.stale += document.stale;
    sum.documents++;
    if (document.resolved === document.total) sum.completeDocuments++;
  }
  return sum;
}

/** One document's progress, with the annotators compared there (gold aside). */
export interface DocumentReviewProgress extends ReviewProgress {
  documentId: string;
  annotators: string[];
}

/** Which annotators review progress compares, and where. */
export interface ReviewProgressSelection {
  /** Whom to compare where they have files; default every annotator but gold. */
  annotators?: readonly string[];
  /** Default: every document. */
  documents?: readonly string[];
}

/** What review reads of one document: each annotator's placeable spans, gold's rejections. */
export interface ReviewSources {
  sources: readonly { annotator: string; annotations: readonly ReviewSpan[] }[];
  rejected: readonly Pick<Rejection, 'disagreementKey' | 'sources'>[];
  problems: readonly Problem[];
}

/**
 * Review progress per document, computed as review computes it for the open document: the
 * selected annotators with a valid file there (two or more, gold aside) compared, gold's spans
 * and rejections deciding. Reads one document's files (`annotators` of `read`) at a time and
 * keeps only its counts, so a project of any size fits in memory.
 */
export async function reviewProgressByDocument(
  documentIds: Iterable<string>,
  annotatorsByDocument: ReadonlyMap<string, readonly string[]>,
  selection: ReviewProgressSelection,
  read: (documentId: string, annotators: readonly string[]) => Promise<ReviewSources>,
): Promise<{ documents: DocumentReviewProgress[]; problems: Problem[] }> {
  const chosen = selection.annotators && new Set(selection.annotators);
  const documents: DocumentReviewProgress[] = [];
  const problems: Problem[] = [];
  for (const documentId of documentIds) {
    const withFiles = annotatorsByDocument.get(documentId) ?? [];
    const candidates = withFiles.filter(
      (name) => name !== GOLD_ANNOTATOR && (chosen?.has(name) ?? true),
    );
    if (candidates.length < 2) continue;
    const gold = withFiles.includes(GOLD_ANNOTATOR) ? [GOLD_ANNOTATOR] : [];
    const review = await read(documentId, [...candidates, ...gold]);
    problems.push(...review.problems);
    const spans = new Map(review.sources.map((source) => [source.annotator, source.annotations]));
    const compared = candidates.filter((name) => spans.has(name)).sort();
    if (compared.length < 2) continue;
    const progress = documentReviewProgress(compared, Object.fromEntries(spans), review.rejected);
    documents.push({ documentId, annotators: compared, ...progress });
  }
  return { documents, problems };
}
