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
