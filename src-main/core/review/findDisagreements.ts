import type { AttributeValue } from '../annotations/annotationSchema';
import { compareCodeUnits } from '../text/compareCodeUnits';

/** The part of a span the review compares; `start`/`end` are code points, end exclusive. */
export interface ReviewSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  attributes?: Readonly<Record<string, AttributeValue>>;
  /** Gold spans: where the span came from (see adjudication.ts). */
  provenance?: unknown;
}

export type DisagreementKind =
  | 'agreed'
  | 'attribute-mismatch'
  | 'label-mismatch'
  | 'boundary-mismatch'
  | 'label-and-boundary-mismatch'
  | 'only-some';

/** One place where the chosen annotators are compared: agreed, or a disagreement. */
export interface Disagreement {
  /** Stable while the annotators' files do not change: kind, extent and labels. */
  key: string;
  kind: DisagreementKind;
  /** Code points covering every involved span, end exclusive. */
  start: number;
  end: number;
  /** The involved spans of each chosen annotator, in text order; empty when it has none here. */
  spans: Readonly<Record<string, readonly ReviewSpan[]>>;
  /** Annotators with at least one involved span, in the order they were chosen. */
  annotators: readonly string[];
}

interface Owned {
  annotator: string;
  span: ReviewSpan;
}

function compareSpans(a: ReviewSpan, b: ReviewSpan): number {
  return a.start - b.start || a.end - b.end || compareCodeUnits(a.label, b.label);
}

/** True when two spans have the same label, start and end. */
export function sameLabelAndExtent(
  a: Pick<ReviewSpan, 'label' | 'start' | 'end'>,
  b: Pick<ReviewSpan, 'label' | 'start' | 'end'>,
): boolean {
  return a.label === b.label && a.start === b.start && a.end === b.end;
}

function extentKey(span: ReviewSpan): string {
  return `${span.label}\u0000${span.start}\u0000${span.end}`;
}

/** A span's attributes as review compares them: empty values dropped, sorted by id, as JSON. */
export function comparedAttributes(span: ReviewSpan): string {
  return JSON.stringify(
    Object.entries(span.attributes ?? {})
      .filter(([, value]) => value !== '')
      .sort(([a], [b]) => compareCodeUnits(a, b)),
  );
}

function sameAttributes(spans: readonly ReviewSpan[]): boolean {
  const normalized = spans.map(comparedAttributes);
  return normalized.every((value) => value === normalized[0]);
}

/** Groups spans into sets connected by overlap (sharing at least one code point). */
function overlapClusters(owned: readonly Owned[]): Owned[][] {
  const sorted = [...owned].sort((a, b) => compareSpans(a.span, b.span));
  const clusters: Owned[][] = [];
  let current: Owned[] = [];
  let reach = -1;
  for (const item of sorted) {
    if (current.length > 0 && item.span.start >= reach) {
      clusters.push(current);
      current = [];
    }
    current.push(item);
    reach = Math.max(current.length === 1 ? item.span.end : reach, item.span.end);
  }
  if (current.length > 0) clusters.push(current);
  return clusters;
}

function classify(cluster: readonly Owned[], annotators: readonly string[]): DisagreementKind {
  const present = new Set(cluster.map((item) => item.annotator));
  if (annotators.some((name) => !present.has(name))) return 'only-some';
  const sameExtent = cluster.every(
    (item) => item.span.start === cluster[0]!.span.start && item.span.end === cluster[0]!.span.end,
  );
  const sameLabel = cluster.every((item) => item.span.label === cluster[0]!.span.label);
  if (sameExtent) return 'label-mismatch';
  if (sameLabel) return 'boundary-mismatch';
  return 'label-and-boundary-mismatch';
}

function disagreementOf(
  kind: DisagreementKind,
  cluster: readonly Owned[],
  annotators: readonly string[],
): Omit<Disagreement, 'key'> {
  const spans: Record<string, ReviewSpan[]> = Object.fromEntries(
    annotators.map((name) => [name, [] as ReviewSpan[]]),
  );
  for (const item of cluster) spans[item.annotator]!.push(item.span);
  for (const list of Object.values(spans)) list.sort(compareSpans);
  return {
    kind,
    start: Math.min(...cluster.map((item) => item.span.start)),
    end: Math.max(...cluster.map((item) => item.span.end)),
    spans,
    annotators: annotators.filter((name) => spans[name]!.length > 0),
  };
}

/**
 * Compares the chosen annotators' spans of one document. A label and extent that every annotator
 * has exactly once is `agreed` (or `attribute-mismatch`); the remaining spans are grouped by
 * overlap, and each group is one disagreement. Nothing for fewer than two annotators. Sorted by start, then end (code points).
 */
export function findDisagreements(
  annotators: readonly string[],
  spansByAnnotator: Readonly<Record<string, readonly ReviewSpan[]>>,
): Disagreement[] {
  if (annotators.length < 2) return [];
  const found: Omit<Disagreement, 'key'>[] = [];
  const byExtent = new Map<string, Owned[]>();
  for (const annotator of annotators) {
    for (const span of spansByAnnotator[annotator] ?? []) {
      if (span.end <= span.start) continue;
      const key = extentKey(span);
      byExtent.set(key, [...(byExtent.get(key) ?? []), { annotator, span }]);
    }
  }
  const rest: Owned[] = [];
  for (const group of byExtent.values()) {
    const holders = new Set(group.map((item) => item.annotator));
    const agreed = holders.size === annotators.length && group.length === annotators.length;
    if (agreed) {
      const kind = sameAttributes(group.map((item) => item.span)) ? 'agreed' : 'attribute-mismatch';
      found.push(disagreementOf(kind, group, annotators));
    } else {
      rest.push(...group);
    }
  }
  for (const cluster of overlapClusters(rest)) {
    found.push(disagreementOf(classify(cluster, annotators), cluster, annotators));
  }
  // Kinds by code unit, not localeCompare: the same order in every locale, and no collation
  // data to load (a page's first localeCompare takes 13–27 ms in Chromium here).
  found.sort((a, b) => a.start - b.start || a.end - b.end || compareCodeUnits(a.kind, b.kind));
  const seen = new Map<string, number>();
  return found.map((item) => {
    const labels = [
      ...new Set(Object.values(item.spans).flatMap((list) => list.map((span) => span.label))),
    ].sort();
    const base = `${item.kind}:${item.start}-${item.end}:${labels.join('+')}`;
    const repeat = seen.get(base) ?? 0;
    seen.set(base, repeat + 1);
    return { ...item, key: repeat === 0 ? base : `${base}#${repeat + 1}` };
  });
}

/** The extent (code points) a disagreement key names, or undefined when it is not a key. */
export function extentOfKey(key: string): { start: number; end: number } | undefined {
  const match = /^[a-z-]+:(\d+)-(\d+):/.exec(key);
  if (!match) return undefined;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return Number.isSafeInteger(start) && Number.isSafeInteger(end) && start < end
    ? { start, end }
    : undefined;
}

/** True for every kind but `agreed`. */
export function isDisagreement(item: Pick<Disagreement, 'kind'>): boolean {
  return item.kind !== 'agreed';
}
