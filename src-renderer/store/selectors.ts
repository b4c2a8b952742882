import type { DocumentSummary } from '../../src-main/contract/parleyContract';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { LabelDefinition } from '../../src-main/core/project/projectConfigSchema';
import { ArticlePositions } from '../article/articlePositions';
import { compareTextOrder, inTextOrder } from '../article/textOrder';
import { labelAppearances, type LabelAppearance } from '../labels/labelAppearance';
import type { AppStore } from './appStore';

/**
 * Derived state. Selectors that build arrays cache on the identity of their inputs (the
 * store replaces arrays on every change), so components re-render only when those change.
 */
function cacheOn<Key extends object, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const cache = new WeakMap<Key, Value>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      cache.set(key, value);
    }
    return value;
  };
}

const NO_LABELS: readonly LabelDefinition[] = [];

export function selectLabels(state: AppStore): readonly LabelDefinition[] {
  return state.project?.config.labels ?? NO_LABELS;
}

const appearancesOf = cacheOn(labelAppearances);

/** Name, colour, line style and hotkey per label id, one map per label list. */
export function selectLabelAppearances(state: AppStore): ReadonlyMap<string, LabelAppearance> {
  return appearancesOf(selectLabels(state));
}

const positionsByArticle = new WeakMap<object, ArticlePositions>();

/**
 * Code points ↔ ProseMirror positions of the open article, built once per loaded article (a
 * status change keeps the article, so nothing is rebuilt) and shared by the tagging and compare
 * views.
 */
export function selectArticlePositions(state: AppStore): ArticlePositions | null {
  const opened = state.opened;
  if (!opened) return null;
  let positions = positionsByArticle.get(opened.article);
  if (!positions) {
    positions = new ArticlePositions(opened.article.text, opened.codePoints);
    positionsByArticle.set(opened.article, positions);
  }
  return positions;
}

const labelsById = cacheOn((labels: readonly LabelDefinition[]) => {
  return new Map(labels.map((label) => [label.id, label]));
});

export function selectLabelById(state: AppStore): ReadonlyMap<string, LabelDefinition> {
  return labelsById(selectLabels(state));
}

const flaggedIdsOf = cacheOn((flagged: readonly { annotationId: string }[]) => {
  return new Set(flagged.map((entry) => entry.annotationId));
});

const EMPTY_IDS: ReadonlySet<string> = new Set();

/** Ids of the spans that could not be re-anchored: listed for attention, never drawn. */
export function selectFlaggedIds(state: AppStore): ReadonlySet<string> {
  return state.opened ? flaggedIdsOf(state.opened.flagged) : EMPTY_IDS;
}

const drawnCache = new WeakMap<readonly Annotation[], WeakMap<ReadonlySet<string>, Annotation[]>>();

function isDrawn(annotation: Annotation, flagged: ReadonlySet<string>, textLength: number) {
  return (
    !flagged.has(annotation.id) && annotation.start < annotation.end && annotation.end <= textLength
  );
}

/** The drawn list made last, and what it was made from. */
let lastDrawn:
  | {
      annotations: readonly Annotation[];
      flagged: ReadonlySet<string>;
      textLength: number;
      drawn: readonly Annotation[];
    }
  | undefined;

/**
 * When `annotations` is the last list with one span appended (a tag), the last drawn list with
 * that span inserted in its place: one copy, instead of filtering and sorting 5,000 spans.
 */
function drawnAfterAppend(
  annotations: readonly Annotation[],
  flagged: ReadonlySet<string>,
  textLength: number,
): Annotation[] | undefined {
  const last = lastDrawn;
  if (!last || last.flagged !== flagged || last.textLength !== textLength) return undefined;
  const previous = last.annotations;
  if (annotations.length !== previous.length + 1) return undefined;
  for (let index = 0; index < previous.length; index++) {
    if (annotations[index] !== previous[index]) return undefined;
  }
  const added = annotations[previous.length]!;
  const drawn = [...last.drawn];
  if (!isDrawn(added, flagged, textLength)) return drawn;
  // After every span that sorts before it or equal to it, as a stable sort would place it.
  let low = 0;
  let high = drawn.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareTextOrder(drawn[middle]!, added) <= 0) low = middle + 1;
    else high = middle;
  }
  drawn.splice(low, 0, added);
  return drawn;
}

/** The spans drawn in the article, in text order: every span except the flagged ones. */
export function selectDrawnAnnotations(state: AppStore): readonly Annotation[] {
  const flagged = selectFlaggedIds(state);
  const textLength = state.opened?.article.textLength ?? 0;
  const annotations = state.annotations;
  let byFlagged = drawnCache.get(annotations);
  if (!byFlagged) {
    byFlagged = new WeakMap();
    drawnCache.set(annotations, byFlagged);
  }
  let drawn = byFlagged.get(flagged);
  if (!drawn) {
    drawn =
      drawnAfterAppend(annotations, flagged, textLength) ??
      inTextOrder(annotations.filter((annotation) => isDrawn(annotation, flagged, textLength)));
    byFlagged.set(flagged, drawn);
    lastDrawn = { annotations, flagged, textLength, drawn };
  }
  return drawn;
}

const listedCache = new WeakMap<readonly Annotation[], WeakMap<readonly string[], Annotation[]>>();

/** The spans the annotation panel lists: drawn spans of the labels not filtered out. */
export function selectListedAnnotations(state: AppStore): readonly Annotation[] {
  const drawn = selectDrawnAnnotations(state);
  if (state.hiddenLabels.length === 0) return drawn;
  let byHidden = listedCache.get(drawn);
  if (!byHidden) {
    byHidden = new WeakMap();
    listedCache.set(drawn, byHidden);
  }
  let listed = byHidden.get(state.hiddenLabels);
  if (!listed) {
    const hidden = new Set(state.hiddenLabels);
    listed = drawn.filter((annotation) => !hidden.has(annotation.label));
    byHidden.set(state.hiddenLabels, listed);
  }
  return listed;
}

export interface FlaggedSpan {
  annotationId: string;
  message: string;
  /** The stored span; undefined once it has been deleted. */
  annotation: Annotation | undefined;
}

const flaggedCache = new WeakMap<
  readonly { annotationId: string; message: string }[],
  WeakMap<readonly Annotation[], FlaggedSpan[]>
>();
const NO_FLAGGED: readonly FlaggedSpan[] = [];

/** Spans needing attention (re-anchoring failed), with the host's message. */
export function selectFlaggedAnnotations(state: AppStore): readonly FlaggedSpan[] {
  const flagged = state.opened?.flagged;
  if (!flagged || flagged.length === 0) return NO_FLAGGED;
  let byAnnotations = flaggedCache.get(flagged);
  if (!byAnnotations) {
    byAnnotations = new WeakMap();
    flaggedCache.set(flagged, byAnnotations);
  }
  let result = byAnnotations.get(state.annotations);
  if (!result) {
    const byId = new Map(state.annotations.map((annotation) => [annotation.id, annotation]));
    result = flagged.map((entry) => ({
      annotationId: entry.annotationId,
      message: entry.message,
      annotation: byId.get(entry.annotationId),
    }));
    byAnnotations.set(state.annotations, result);
  }
  return result;
}

const countsOf = cacheOn((annotations: readonly Annotation[]) => {
  const counts = new Map<string, number>();
  for (const annotation of annotations) {
    counts.set(annotation.label, (counts.get(annotation.label) ?? 0) + 1);
  }
  return counts;
});

/** Number of spans per label id, over every span of the document. */
export function selectLabelCounts(state: AppStore): ReadonlyMap<string, number> {
  return countsOf(state.annotations);
}

const byIdCache = new WeakMap<readonly Annotation[], Map<string, Annotation | undefined>>();
/** Where a span was last found: a tag appends and an edit replaces in place, so it stays put. */
let lastFound = { id: '', index: -1 };

/** The span with this id; remembered per span list, since every store change asks again. */
export function selectAnnotationById(state: AppStore, id: string): Annotation | undefined {
  const annotations = state.annotations;
  let found = byIdCache.get(annotations);
  if (!found) {
    found = new Map();
    byIdCache.set(annotations, found);
  }
  if (!found.has(id)) {
    const hinted = lastFound.id === id ? annotations[lastFound.index] : undefined;
    const index =
      hinted?.id === id
        ? lastFound.index
        : annotations.findIndex((candidate) => candidate.id === id);
    if (index !== -1) lastFound = { id, index };
    found.set(id, annotations[index]);
  }
  return found.get(id);
}

/** The selected span. */
export function selectSelectedAnnotation(state: AppStore): Annotation | undefined {
  const id = state.selectedAnnotationId;
  return id === null ? undefined : selectAnnotationById(state, id);
}

const NO_DOCUMENTS: readonly DocumentSummary[] = [];
const filteredCache = new WeakMap<readonly DocumentSummary[], Map<string, DocumentSummary[]>>();

/** The documents matching the filter box (title or id, case-insensitive), in project order. */
export function selectVisibleDocuments(state: AppStore): readonly DocumentSummary[] {
  const documents = state.project?.documents ?? NO_DOCUMENTS;
  const filter = state.documentFilter.trim().toLocaleLowerCase();
  if (filter === '') return documents;
  let byFilter = filteredCache.get(documents);
  if (!byFilter) {
    byFilter = new Map();
    filteredCache.set(documents, byFilter);
  }
  let visible = byFilter.get(filter);
  if (!visible) {
    visible = documents.filter(
      (summary) =>
        summary.title.toLocaleLowerCase().includes(filter) ||
        summary.id.toLocaleLowerCase().includes(filter),
    );
    byFilter.set(filter, visible);
  }
  return visible;
}

/**
 * True when `reviewRejected` holds the open document's rejections: in review, once its review
 * document has arrived. Until then it may still hold the previous document's, which must be
 * neither saved nor journaled (the host then keeps the file's own list).
 */
export function selectReviewRejectionsLoaded(state: AppStore): boolean {
  const { reviewActive, reviewDocument, opened } = state;
  return reviewActive && opened !== null && reviewDocument?.documentId === opened.article.id;
}

/** True when there is work in memory that is not on disk. */
export function selectHasUnsavedWork(state: AppStore): boolean {
  return state.dirty;
}
