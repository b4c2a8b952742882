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
 */
export function tallyAttributes(
  attributeIds: readonly string[],
  first: readonly SpanWithAttributes[],
  second: readonly SpanWithAttributes[],
  matches: readonly SpanPair[],
): AttributeTally[] {
  const indexById = new Map(attributeIds.map((id, index) => [id, index]));
  const firstValues = attributeValuesOf(first, indexById);
  const secondValues = attributeValuesOf(second, indexById);
  const tallies = emptyAttributeTallies(attributeIds.length);
  for (const match of matches) {
    tallyMatch(tallies, firstValues, match.firstIndex, secondValues, match.secondIndex);
  }
  return tallies;
}

/**
 * Each span's own values of the attributes `indexById` numbers, flat: span i's value of attribute
 * a at i · attributeCount + a, undefined where it has none. Each span's attributes are read once
 * per document, not once per matched pair and never by every defined id: those lookups were a
 * tenth of the whole report in the profile.
 */
export function attributeValuesOf(
  spans: readonly SpanWithAttributes[],
  indexById: ReadonlyMap<string, number>,
): (AttributeValue | undefined)[] {
  const attributeCount = indexById.size;
  const values = new Array<AttributeValue | undefined>(spans.length * attributeCount).fill(
    undefined,
  );
  for (let spanIndex = 0; spanIndex < spans.length; spanIndex++) {
    const attributes = spans[spanIndex]!.attributes;
    if (!attributes) continue;
    const offset = spanIndex * attributeCount;
    for (const id in attributes) {
      const index = indexById.get(id);
      // hasOwn: an inherited key (Object.prototype's, say) is not the span's attribute.
      if (index !== undefined && Object.hasOwn(attributes, id))
        values[offset + index] = attributes[id];
    }
  }
  return values;
}

/**
 * tallyAttributes from both sides' attributeValuesOf (`attributeCount` attributes), with the
 * matches given as each first span's partner in second (−1 for none), in first's order.
 */
export function tallyAttributeValues(
  attributeCount: number,
  firstValues: readonly (AttributeValue | undefined)[],
  secondValues: readonly (AttributeValue | undefined)[],
  partners: readonly number[],
): AttributeTally[] {
  const tallies = emptyAttributeTallies(attributeCount);
  partners.forEach((secondIndex, firstIndex) => {
    if (secondIndex >= 0) tallyMatch(tallies, firstValues, firstIndex, secondValues, secondIndex);
  });
  return tallies;
}

function emptyAttributeTallies(attributeCount: number): AttributeTally[] {
  const tallies: AttributeTally[] = [];
  for (let index = 0; index < attributeCount; index++) tallies.push(emptyAttributeTally());
  return tallies;
}

function tallyMatch(
  tallies: readonly AttributeTally[],
  firstValues: readonly (AttributeValue | undefined)[],
  firstIndex: number,
  secondValues: readonly (AttributeValue | undefined)[],
  secondIndex: number,
): void {
  const attributeCount = tallies.length;
  const firstOffset = firstIndex * attributeCount;
  const secondOffset = secondIndex * attributeCount;
  for (let index = 0; index < attributeCount; index++) {
    tallyPair(
      tallies[index]!,
      firstValues[firstOffset + index],
      secondValues[secondOffset + index],
    );
  }
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
