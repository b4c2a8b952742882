import type { Annotation } from './annotationSchema';

/** JSON with object keys sorted, so that two equal spans compare equal whatever their key order. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

/** How many spans were added, removed or changed between two span lists, matched by id. */
export function countChangedSpans(before: readonly Annotation[], after: readonly Annotation[]) {
  const beforeById = new Map(before.map((span) => [span.id, canonicalJson(span)]));
  const afterIds = new Set(after.map((span) => span.id));
  let changed = 0;
  for (const span of after) if (beforeById.get(span.id) !== canonicalJson(span)) changed++;
  for (const id of beforeById.keys()) if (!afterIds.has(id)) changed++;
  return changed;
}
