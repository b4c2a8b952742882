import { provenanceOf, type Rejection } from './adjudication';
import {
  decisionSourcesOf,
  sameComparedAnnotators,
  sourcesStillMatch,
  type DecisionSources,
} from './decisionSources';
import { extentOfKey, type Disagreement, type ReviewSpan } from './findDisagreements';

/**
 * Where an item stands in gold. `stale`: it was decided, but the spans that decision settled
 * have changed since (or a decision made over this stretch no longer fits any item); it counts
 * as open until decided again.
 */
export type DecisionState = 'open' | 'resolved' | 'rejected' | 'stale';

/** One item's state, and what a new decision on it replaces. */
export interface ItemDecision<T extends ReviewSpan = ReviewSpan> {
  state: DecisionState;
  /** Gold spans that decide the item, or decided it before it changed. */
  goldSpans: T[];
  /** Keys of the rejections that do. */
  rejectionKeys: string[];
}

type Extent = { start: number; end: number };

interface Decision<T> {
  key: string;
  sources: DecisionSources | undefined;
  /** The gold span, for accepted spans; undefined for a rejection. */
  span: T | undefined;
}

function overlaps(a: Extent, b: Extent): boolean {
  return a.start < b.end && b.start < a.end;
}

function decisionsByKey<T extends ReviewSpan>(
  gold: readonly T[],
  rejected: readonly Pick<Rejection, 'disagreementKey' | 'sources'>[],
): { byKey: Map<string, Decision<T>[]>; handMade: T[] } {
  const byKey = new Map<string, Decision<T>[]>();
  const handMade: T[] = [];
  const add = (decision: Decision<T>) =>
    byKey.set(decision.key, [...(byKey.get(decision.key) ?? []), decision]);
  for (const span of gold) {
    const provenance = provenanceOf(span);
    if (provenance?.disagreementKey === undefined) handMade.push(span);
    else add({ key: provenance.disagreementKey, sources: provenance.sources, span });
  }
  for (const rejection of rejected) {
    add({ key: rejection.disagreementKey, sources: rejection.sources, span: undefined });
  }
  return { byKey, handMade };
}

/**
 * The state of every item, by key. An item is decided by the gold spans and rejections that
 * carry its key; it is `stale` when one of them recorded spans that are no longer the item's
 * (decisionSources.ts), or when it has none but overlaps (code points) the extent of a decision
 * whose key fits no item now and which was made comparing the same annotators. Gold spans
 * without a key (tagged by hand) resolve the items they overlap. Decisions without recorded
 * sources (older gold files) are trusted as they are.
 */
export function itemDecisions<T extends ReviewSpan>(
  items: readonly Disagreement[],
  gold: readonly T[],
  rejected: readonly Pick<Rejection, 'disagreementKey' | 'sources'>[],
): Map<string, ItemDecision<T>> {
  const { byKey, handMade } = decisionsByKey(gold, rejected);
  const keys = new Set(items.map((item) => item.key));
  const first = items[0];
  const orphans: (Decision<T> & Extent)[] = [];
  for (const [key, decisions] of byKey) {
    const extent = extentOfKey(key);
    if (keys.has(key) || !extent || !first) continue;
    for (const decision of decisions) {
      if (decision.sources && sameComparedAnnotators(decision.sources, first))
        orphans.push({ ...decision, ...extent });
    }
  }
  const result = new Map<string, ItemDecision<T>>();
  for (const item of items) {
    const own = byKey.get(item.key) ?? [];
    const overlappingOrphans = orphans.filter((orphan) => overlaps(orphan, item));
    const overlappingHandMade = handMade.filter((span) => overlaps(span, item));
    const recorded = own.flatMap((decision) => (decision.sources ? [decision.sources] : []));
    const current = recorded.length > 0 ? decisionSourcesOf(item) : [];
    const changed = recorded.some((sources) => !sourcesStillMatch(sources, current));
    let state: DecisionState;
    if (own.length > 0) {
      state = changed ? 'stale' : own.some((decision) => decision.span) ? 'resolved' : 'rejected';
    } else if (overlappingOrphans.length > 0) state = 'stale';
    else state = overlappingHandMade.length > 0 ? 'resolved' : 'open';
    const replaced = [...own, ...overlappingOrphans];
    result.set(item.key, {
      state,
      goldSpans: [
        ...replaced.flatMap((decision) => (decision.span ? [decision.span] : [])),
        ...overlappingHandMade,
      ],
      rejectionKeys: [
        ...new Set(replaced.filter((decision) => !decision.span).map((decision) => decision.key)),
      ],
    });
  }
  return result;
}
