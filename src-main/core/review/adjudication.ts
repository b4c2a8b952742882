import type { Annotation } from '../annotations/annotationSchema';
import { z } from '../zodConfig';
import type { Disagreement, ReviewSpan } from './findDisagreements';

/** Where a gold span came from; kept on the span as the extra field `provenance`. */
export const provenanceSchema = z.looseObject({
  /** The disagreement (or agreed item) this span decides; absent on spans made by hand. */
  disagreementKey: z.string().optional(),
  annotators: z.array(z.string()),
  adjudicator: z.string(),
  /** ISO 8601 timestamp. */
  adjudicatedAt: z.string(),
  rationale: z.string().optional(),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A disagreement the adjudicator rejected: the gold file's top-level `rejected` list. */
export const rejectionSchema = z.looseObject({
  disagreementKey: z.string().min(1).max(2000),
  adjudicator: z.string(),
  /** ISO 8601 timestamp. */
  rejectedAt: z.string(),
  rationale: z.string().optional(),
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** True when two extents share at least one code point. */
function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The disagreement key in a gold span's provenance, if it has one. */
export function disagreementKeyOf(span: object): string | undefined {
  const parsed = provenanceSchema.safeParse((span as { provenance?: unknown }).provenance);
  return parsed.success ? parsed.data.disagreementKey : undefined;
}

/**
 * The gold spans that decide `item`: those accepted for it (by key in their provenance), and
 * spans made by hand (no key) that overlap its extent (code points).
 */
export function goldSpansFor<T extends ReviewSpan>(item: Disagreement, gold: readonly T[]): T[] {
  return gold.filter((span) => {
    const key = disagreementKeyOf(span);
    return key === undefined ? overlaps(span, item) : key === item.key;
  });
}

/** Resolved: the gold file has a span over the item's extent, or rejects it by key. */
export function isResolved(
  item: Disagreement,
  gold: readonly ReviewSpan[],
  rejected: readonly Pick<Rejection, 'disagreementKey'>[],
): boolean {
  return (
    rejected.some((rejection) => rejection.disagreementKey === item.key) ||
    goldSpansFor(item, gold).length > 0
  );
}

/** The annotators whose spans of `item` have the same label and extent as `span`. */
export function annotatorsWithSpan(item: Disagreement, span: ReviewSpan): string[] {
  return Object.entries(item.spans)
    .filter(([, spans]) =>
      spans.some(
        (other) =>
          other.label === span.label && other.start === span.start && other.end === span.end,
      ),
    )
    .map(([annotator]) => annotator);
}

/**
 * The gold span made from an annotator's span: its label, extent, attributes, text and context,
 * with a new id and provenance. Note and timestamps are the adjudication's own.
 */
export function goldSpanFrom(
  source: Annotation,
  provenance: Provenance,
  id: string,
  now: string,
): Annotation {
  return {
    id,
    label: source.label,
    start: source.start,
    end: source.end,
    text: source.text,
    ...(source.prefix !== undefined ? { prefix: source.prefix } : {}),
    ...(source.suffix !== undefined ? { suffix: source.suffix } : {}),
    attributes: { ...(source.attributes ?? {}) },
    note: '',
    createdAt: now,
    updatedAt: now,
    provenance,
  };
}

/** Counts of resolved and open disagreements (agreed items count when they are in gold). */
export interface ReviewProgress {
  resolved: number;
  total: number;
}

export function reviewProgress(
  items: readonly Disagreement[],
  gold: readonly ReviewSpan[],
  rejected: readonly Pick<Rejection, 'disagreementKey'>[],
): ReviewProgress {
  return {
    resolved: items.filter((item) => isResolved(item, gold, rejected)).length,
    total: items.length,
  };
}
