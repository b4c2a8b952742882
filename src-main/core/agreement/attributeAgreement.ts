import type { AttributeValue } from '../annotations/annotationSchema';
import type { AgreementAttributeDefinition } from './agreementInput';
import type { AttributeAgreement } from './agreementReport';
import { AgreementTable } from './agreementTable';
import { cohenKappa } from './cohenKappa';
import { fractionOrNull } from './fractionOrNull';
import type { SpanPair } from './spanMatching';

/** A span as attribute agreement sees it. */
export interface SpanWithAttributes {
  attributes?: Readonly<Record<string, AttributeValue>> | undefined;
}

/** Counts (span pairs) for one attribute; additive over documents. */
export interface AttributeTally {
  matchedPairs: number;
  agreeingPairs: number;
  missingOnFirst: number;
  missingOnSecond: number;
  missingOnBoth: number;
  /** Pairs where both sides have a value; Map keys keep true and "true" apart. */
  values: AgreementTable<AttributeValue>;
}

/** A tally of no span pairs yet. */
export function emptyAttributeTally(): AttributeTally {
  return {
    matchedPairs: 0,
    agreeingPairs: 0,
    missingOnFirst: 0,
    missingOnSecond: 0,
    missingOnBoth: 0,
    values: new AgreementTable<AttributeValue>(),
  };
}

/**
 * Tallies one attribute over matched span pairs. A pair where one or both spans lack the attribute
 * is counted as missing and left out of agreement; values are compared exactly (===).
 */
export function tallyAttribute(
  attributeId: string,
  first: readonly SpanWithAttributes[],
  second: readonly SpanWithAttributes[],
  matches: readonly SpanPair[],
): AttributeTally {
  return tallyAttributes([attributeId], first, second, matches)[0]!;
}

/**
 * tallyAttribute for several attributes (indexed like `attributeIds`) in one pass over the matches.
 * Each span's own attributes are read once, not looked up by every defined id: those lookups were
 * a tenth of the whole report in the profile.
 */
export function tallyAttributes(
  attributeIds: readonly string[],
  first: readonly SpanWithAttributes[],
  second: readonly SpanWithAttributes[],
  matches: readonly SpanPair[],
): AttributeTally[] {
  const tallies = attributeIds.map(() => emptyAttributeTally());
  const indexById = new Map(attributeIds.map((id, index) => [id, index]));
  const firstValues = new Array<AttributeValue | undefined>(attributeIds.length).fill(undefined);
  const secondValues = new Array<AttributeValue | undefined>(attributeIds.length).fill(undefined);
  for (const match of matches) {
    readValues(first[match.firstIndex]?.attributes, indexById, firstValues);
    readValues(second[match.secondIndex]?.attributes, indexById, secondValues);
    for (let index = 0; index < tallies.length; index++) {
      tallyPair(tallies[index]!, firstValues[index], secondValues[index]);
    }
  }
  return tallies;
}

function tallyPair(
  tally: AttributeTally,
  firstValue: AttributeValue | undefined,
  secondValue: AttributeValue | undefined,
): void {
  tally.matchedPairs++;
  if (firstValue === undefined && secondValue === undefined) tally.missingOnBoth++;
  else if (firstValue === undefined) tally.missingOnFirst++;
  else if (secondValue === undefined) tally.missingOnSecond++;
  else {
    if (firstValue === secondValue) tally.agreeingPairs++;
    tally.values.add(firstValue, secondValue);
  }
}

/** Fills `values` (indexed like the ids of `indexById`) with a span's own attribute values. */
function readValues(
  attributes: Readonly<Record<string, AttributeValue>> | undefined,
  indexById: ReadonlyMap<string, number>,
  values: (AttributeValue | undefined)[],
): void {
  // A loop, not values.fill(undefined): fill was the hottest line of this function in the profile.
  for (let index = 0; index < values.length; index++) values[index] = undefined;
  if (!attributes) return;
  for (const id in attributes) {
    const index = indexById.get(id);
    // hasOwn: an inherited key (Object.prototype's, say) is not the span's attribute.
    if (index !== undefined && Object.hasOwn(attributes, id)) values[index] = attributes[id];
  }
}

/** Adds `source` into `target`. */
export function addAttributeTally(target: AttributeTally, source: AttributeTally): void {
  target.matchedPairs += source.matchedPairs;
  target.agreeingPairs += source.agreeingPairs;
  target.missingOnFirst += source.missingOnFirst;
  target.missingOnSecond += source.missingOnSecond;
  target.missingOnBoth += source.missingOnBoth;
  target.values.addTable(source.values);
}

/** Percentage agreement (as a proportion 0–1) and, for choice and boolean, Cohen's kappa. */
export function attributeAgreement(
  definition: AgreementAttributeDefinition,
  tally: AttributeTally,
): AttributeAgreement {
  const comparedPairs =
    tally.matchedPairs - tally.missingOnFirst - tally.missingOnSecond - tally.missingOnBoth;
  return {
    attribute: definition.id,
    type: definition.type,
    matchedPairs: tally.matchedPairs,
    comparedPairs,
    agreeingPairs: tally.agreeingPairs,
    missingOnFirst: tally.missingOnFirst,
    missingOnSecond: tally.missingOnSecond,
    missingOnBoth: tally.missingOnBoth,
    observedAgreement: fractionOrNull(tally.agreeingPairs, comparedPairs),
    // Free text has no fixed categories, so chance agreement is not meaningful there.
    kappa: definition.type === 'text' ? null : cohenKappa(tally.values),
  };
}
