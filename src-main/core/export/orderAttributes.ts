import type { AttributeValue } from '../annotations/annotationSchema';
import type { AttributeDefinition } from '../project/projectConfigSchema';
import { compareCodeUnits } from '../text/compareCodeUnits';

/** Each project's attribute ranks, built once: exports order the attributes of every span. */
const ranksByDefinitions = new WeakMap<readonly AttributeDefinition[], Map<string, number>>();

function attributeRanks(definitions: readonly AttributeDefinition[]): Map<string, number> {
  let ranks = ranksByDefinitions.get(definitions);
  if (!ranks) {
    ranks = new Map(definitions.map((definition, index) => [definition.id, index]));
    ranksByDefinitions.set(definitions, ranks);
  }
  return ranks;
}

/**
 * The entries of `attributes` in project order, then any the project does not define in
 * code-unit order, so output never depends on the order keys happened to be inserted.
 */
export function orderAttributes(
  attributes: Record<string, AttributeValue> | undefined,
  definitions: readonly AttributeDefinition[],
): [string, AttributeValue][] {
  if (!attributes) return [];
  const entries = Object.entries(attributes);
  if (entries.length === 0) return entries;
  const rank = attributeRanks(definitions);
  return entries.sort(
    ([a], [b]) =>
      (rank.get(a) ?? definitions.length) - (rank.get(b) ?? definitions.length) ||
      compareCodeUnits(a, b),
  );
}
