import type { AttributeValue } from '../annotations/annotationSchema';
import type { AttributeDefinition } from '../project/projectConfigSchema';
import { compareCodeUnits } from './checkSpans';

/**
 * The entries of `attributes` in project order, then any the project does not define in
 * code-unit order, so output never depends on the order keys happened to be inserted.
 */
export function orderAttributes(
  attributes: Record<string, AttributeValue> | undefined,
  definitions: readonly AttributeDefinition[],
): [string, AttributeValue][] {
  if (!attributes) return [];
  const rank = new Map(definitions.map((definition, index) => [definition.id, index]));
  return Object.entries(attributes).sort(
    ([a], [b]) =>
      (rank.get(a) ?? definitions.length) - (rank.get(b) ?? definitions.length) ||
      compareCodeUnits(a, b),
  );
}
