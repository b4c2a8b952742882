import type { Annotation } from '../annotations/annotationSchema';
import { z } from '../zodConfig';
import { decisionSourcesSchema } from './decisionSources';
import { sameLabelAndExtent, type Disagreement, type ReviewSpan } from './findDisagreements';

/** A malformed `sources` reads as none: the decision is then trusted as an older one. */
const recordedSources = decisionSourcesSchema.optional().catch(undefined);

/** Where a gold span came from; kept on the span as the extra field `provenance`. */
export const provenanceSchema = z.looseObject({
  /** The disagreement (or agreed item) this span decides; absent on spans made by hand. */
  disagreementKey: z.string().optional(),
  annotators: z.array(z.string()),
  adjudicator: z.string(),
  /** ISO 8601 timestamp. */
  adjudicatedAt: z.string(),
  rationale: z.string().optional(),
  /** The spans the decision settled (decisionSources.ts); absent in older gold files. */
  sources: recordedSources,
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** A disagreement the adjudicator rejected: the gold file's top-level `rejected` list. */
export const rejectionSchema = z.looseObject({
  disagreementKey: z.string().min(1).max(2000),
  adjudicator: z.string(),
  /** ISO 8601 timestamp. */
  rejectedAt: z.string(),
  rationale: z.string().optional(),
  /** The spans the decision settled (decisionSources.ts); absent in older gold files. */
  sources: recordedSources,
});
export type Rejection = z.infer<typeof rejectionSchema>;

/** An annotation file's top-level `rejected` list; undefined when it is not a list of rejections. */
export function rejectionsOfFile(file: Readonly<Record<string, unknown>>): Rejection[] | undefined {
  const parsed = rejectionSchema.array().safeParse(file['rejected'] ?? []);
  return parsed.success ? parsed.data : undefined;
}

/** Rejections added, removed or changed (by disagreement) from `before` to `after`. */
export function countChangedRejections(
  before: readonly Rejection[],
  after: readonly Rejection[],
): number {
  const byKey = (rejections: readonly Rejection[]) =>
    new Map(rejections.map((rejection) => [rejection.disagreementKey, JSON.stringify(rejection)]));
  const previous = byKey(before);
  const next = byKey(after);
  let changed = 0;
  for (const [key, text] of next) if (previous.get(key) !== text) changed++;
  for (const key of previous.keys()) if (!next.has(key)) changed++;
  return changed;
}

/** A gold span's provenance, if it has a valid one. */
export function provenanceOf(span: object): Provenance | undefined {
  const parsed = provenanceSchema.safeParse((span as { provenance?: unknown }).provenance);
  return parsed.success ? parsed.data : undefined;
}

/** The annotators whose spans of `item` have the same label and extent as `span`. */
export function annotatorsWithSpan(item: Disagreement, span: ReviewSpan): string[] {
  return Object.entries(item.spans)
    .filter(([, spans]) => spans.some((other) => sameLabelAndExtent(other, span)))
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
