/**
 * A span list sent as what changed since a list the receiver already holds, so that journaling
 * a 5,000-span document after one tag moves one span instead of two megabytes.
 */
export interface SpanListChanges<Span extends { id: string }> {
  /** Ids of spans of the base that are gone. */
  removedIds: string[];
  /** New spans and changed ones: a span with a base span's id takes its place, the rest follow. */
  upserted: Span[];
}

/** A change list that names the same span id twice cannot be applied unambiguously. */
export class AmbiguousSpanChanges extends Error {}

/** `base` with `changes` applied: removals, in-place replacements, then additions in order. */
export function applySpanListChanges<Span extends { id: string }>(
  base: readonly Span[],
  changes: SpanListChanges<Span>,
): Span[] {
  const upsertedById = new Map<string, Span>();
  for (const span of changes.upserted) {
    if (upsertedById.has(span.id)) {
      throw new AmbiguousSpanChanges(`span "${span.id}" is listed twice among the changes`);
    }
    upsertedById.set(span.id, span);
  }
  const removed = new Set(changes.removedIds);
  const placed = new Set<string>();
  const result: Span[] = [];
  for (const span of base) {
    if (removed.has(span.id)) continue;
    const replacement = upsertedById.get(span.id);
    if (replacement) placed.add(span.id);
    result.push(replacement ?? span);
  }
  for (const span of changes.upserted) if (!placed.has(span.id)) result.push(span);
  return result;
}

/**
 * The changes that turn `base` into `next`, or null when applying them would not give `next`
 * exactly, element for element (a reordered list, or repeated ids): send the whole list then.
 * Spans are immutable, so a span object found in both lists is unchanged.
 */
export function diffSpanLists<Span extends { id: string }>(
  base: readonly Span[],
  next: readonly Span[],
): SpanListChanges<Span> | null {
  const baseSpans = new Set(base);
  const nextIds = new Set<string>();
  for (const span of next) nextIds.add(span.id);
  const changes: SpanListChanges<Span> = {
    removedIds: base.filter((span) => !nextIds.has(span.id)).map((span) => span.id),
    upserted: next.filter((span) => !baseSpans.has(span)),
  };
  let applied: Span[];
  try {
    applied = applySpanListChanges(base, changes);
  } catch (error) {
    if (error instanceof AmbiguousSpanChanges) return null;
    throw error;
  }
  if (applied.length !== next.length) return null;
  for (let index = 0; index < next.length; index++) {
    if (applied[index] !== next[index]) return null;
  }
  return changes;
}
