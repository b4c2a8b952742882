import type { UnitizingAlphaFigure } from './agreementReport';
import { fractionOrNull } from './fractionOrNull';
import { sortNumbers } from './sortNumbers';

/** A stretch of a continuum: offsets in code points, end exclusive. */
export interface Unit {
  start: number;
  end: number;
}

/** One continuum (a document) of `length` code points and each annotator's units on it. */
export interface UnitizingContinuum {
  length: number;
  unitsByAnnotator: readonly (readonly Unit[])[];
}

/** The additive ingredients of α_u for one category; lengths in code points. */
export interface UnitizingTally {
  annotatorCount: number;
  /** Summed length of the continua. */
  length: number;
  /** Σ δ² over every unordered pair of annotators. */
  squaredDistances: number;
  /** Every annotator's (merged) units. */
  unitLengths: number[];
  /** Every annotator's gaps, cut at continuum boundaries. */
  gapLengths: number[];
}

/**
 * Krippendorff's α_u for one category (Krippendorff 1995, "On the reliability of unitizing
 * continuous data"; Content Analysis, 2nd ed., 2004): α_u = 1 − D_o/D_e over the continua laid end
 * to end (L = summed length in code points), gaps cut at continuum boundaries. Each annotator's
 * units are merged first (see mergeOverlappingUnits). Null figures: fewer than two annotators,
 * L = 0, or D_e = 0 (e.g. nobody marked a unit).
 */
export function krippendorffUnitizingAlpha(
  continua: readonly UnitizingContinuum[],
  annotatorCount: number,
): UnitizingAlphaFigure {
  const tally = emptyUnitizingTally(annotatorCount);
  for (const continuum of continua) addUnitizingTally(tally, tallyUnitizing(continuum));
  return unitizingAlpha(tally);
}

/**
 * One annotator's units, sorted, with overlapping units merged into one (α_u assumes an annotator's
 * units of one category never overlap). Units that only touch stay separate; empty ones are dropped.
 */
export function mergeOverlappingUnits(units: readonly Unit[]): Unit[] {
  const bounds = mergedBounds(units);
  const merged: Unit[] = [];
  for (let at = 0; at < bounds.length; at += 2) {
    merged.push({ start: bounds[at]!, end: bounds[at + 1]! });
  }
  return merged;
}

/** A tally of no continuum yet, for `annotatorCount` annotators. */
export function emptyUnitizingTally(annotatorCount: number): UnitizingTally {
  return { annotatorCount, length: 0, squaredDistances: 0, unitLengths: [], gapLengths: [] };
}

/** The α_u ingredients of one continuum; units are clipped to 0..length and merged. */
export function tallyUnitizing(continuum: UnitizingContinuum): UnitizingTally {
  const { length } = continuum;
  return tallyMergedBounds(
    length,
    continuum.unitsByAnnotator.map((units) => clipBounds(mergedBounds(units), length)),
  );
}

/** A unit of one of several categories (labels), numbered 0, 1, 2, … */
export interface LabelledUnit extends Unit {
  labelIndex: number;
}

/**
 * tallyUnitizing for every label of one continuum, from each annotator's units of all labels
 * (labelIndex < labelCount): label l's tally is that of the units labelled l. One pass over each
 * annotator's units, instead of a list per label and annotator to merge.
 */
export function tallyUnitizingByLabel(
  length: number,
  unitsByAnnotator: readonly (readonly LabelledUnit[])[],
  labelCount: number,
): UnitizingTally[] {
  const boundsByLabel: UnitBounds[][] = [];
  for (let label = 0; label < labelCount; label++) boundsByLabel.push([]);
  unitsByAnnotator.forEach((units, annotator) => {
    for (let label = 0; label < labelCount; label++) boundsByLabel[label]!.push([]);
    // Stable by start: each label's units come in the order mergeOverlappingUnits would take them.
    const sorted = isSortedByStart(units) ? units : [...units].sort((a, b) => a.start - b.start);
    for (const unit of sorted) {
      if (unit.end > unit.start) addMerging(boundsByLabel[unit.labelIndex]![annotator]!, unit);
    }
  });
  return boundsByLabel.map((boundsByAnnotator) =>
    tallyMergedBounds(
      length,
      boundsByAnnotator.map((bounds) => clipBounds(bounds, length)),
    ),
  );
}

/**
 * Units as flat bounds: unit i is [bounds[2i], bounds[2i + 1]). One number array per annotator,
 * not an object per unit: α_u's share of the report's garbage was mostly unit copies.
 */
type UnitBounds = number[];

/** mergeOverlappingUnits, as bounds. */
function mergedBounds(units: readonly Unit[]): UnitBounds {
  const sorted = isSortedByStart(units) ? units : [...units].sort((a, b) => a.start - b.start);
  const bounds: UnitBounds = [];
  for (const unit of sorted) if (unit.end > unit.start) addMerging(bounds, unit);
  return bounds;
}

/** Appends a non-empty unit that starts at or after the last one, merged into it if they overlap. */
function addMerging(bounds: UnitBounds, unit: Unit): void {
  const last = bounds.length - 1;
  if (last > 0 && unit.start < bounds[last]!) bounds[last] = Math.max(bounds[last]!, unit.end);
  else bounds.push(unit.start, unit.end);
}

/** Clips merged bounds to 0..length in place, dropping units left empty. */
function clipBounds(bounds: UnitBounds, length: number): UnitBounds {
  let kept = 0;
  for (let at = 0; at < bounds.length; at += 2) {
    const start = Math.max(bounds[at]!, 0);
    const end = Math.min(bounds[at + 1]!, length);
    if (end <= start) continue;
    bounds[kept++] = start;
    bounds[kept++] = end;
  }
  bounds.length = kept;
  return bounds;
}

/** The tally of one continuum from each annotator's merged, clipped bounds. */
function tallyMergedBounds(
  length: number,
  boundsByAnnotator: readonly UnitBounds[],
): UnitizingTally {
  const tally = emptyUnitizingTally(boundsByAnnotator.length);
  tally.length = length;
  for (const bounds of boundsByAnnotator) {
    let cursor = 0;
    for (let at = 0; at < bounds.length; at += 2) {
      const start = bounds[at]!;
      if (start > cursor) tally.gapLengths.push(start - cursor);
      cursor = bounds[at + 1]!;
      tally.unitLengths.push(cursor - start);
    }
    if (length > cursor) tally.gapLengths.push(length - cursor);
  }
  for (let i = 0; i < boundsByAnnotator.length; i++) {
    for (let j = i + 1; j < boundsByAnnotator.length; j++) {
      tally.squaredDistances += pairDistances(boundsByAnnotator[i]!, boundsByAnnotator[j]!);
    }
  }
  return tally;
}

/** Adds `source` into `target` (same category, same annotators). */
export function addUnitizingTally(target: UnitizingTally, source: UnitizingTally): void {
  if (source.annotatorCount !== target.annotatorCount) throw new RangeError('annotators differ');
  target.length += source.length;
  target.squaredDistances += source.squaredDistances;
  for (const length of source.unitLengths) target.unitLengths.push(length);
  for (const length of source.gapLengths) target.gapLengths.push(length);
}

/** α_u, D_o and D_e of a tally (see krippendorffUnitizingAlpha). */
export function unitizingAlpha(tally: UnitizingTally): UnitizingAlphaFigure {
  const m = tally.annotatorCount;
  const totalLength = tally.length;
  if (m < 2 || totalLength === 0) {
    return { observedDisagreement: null, expectedDisagreement: null, alpha: null };
  }
  // Ordered pairs of annotators: each unordered pair counts twice.
  const observed = (2 * tally.squaredDistances) / (m * (m - 1) * totalLength * totalLength);
  const expected = expectedDisagreement(tally.unitLengths, tally.gapLengths, m, totalLength);
  return {
    observedDisagreement: observed,
    expectedDisagreement: expected,
    alpha: expected === null || expected === 0 ? null : 1 - observed / expected,
  };
}

/** α_u over several categories: 1 − ΣD_o / ΣD_e, with D_o and D_e reported as means. */
export function pooledUnitizingAlpha(
  figures: readonly UnitizingAlphaFigure[],
): UnitizingAlphaFigure {
  let observed = 0;
  let expected = 0;
  let defined = 0;
  for (const figure of figures) {
    if (figure.observedDisagreement === null || figure.expectedDisagreement === null) continue;
    observed += figure.observedDisagreement;
    expected += figure.expectedDisagreement;
    defined++;
  }
  if (defined === 0) return { observedDisagreement: null, expectedDisagreement: null, alpha: null };
  const ratio = fractionOrNull(observed, expected);
  return {
    observedDisagreement: observed / defined,
    expectedDisagreement: expected / defined,
    alpha: ratio === null ? null : 1 - ratio,
  };
}

/**
 * Σ δ² between two annotators' merged, sorted units. Krippendorff's δ² is non-zero in two cases:
 * two overlapping units, (Δstart)² + (Δend)²; and a unit lying wholly inside the other's gap, its
 * squared length. A unit lies wholly inside a gap exactly when it overlaps none of the other's
 * units, so merge-style walks over both lists find every case without building the gaps.
 */
function pairDistances(first: UnitBounds, second: UnitBounds): number {
  let sum = 0;
  let j = 0;
  for (let at = 0; at < first.length; at += 2) {
    const start = first[at]!;
    const end = first[at + 1]!;
    while (j < second.length && second[j + 1]! <= start) j += 2;
    let overlapsAny = false;
    for (let k = j; k < second.length && second[k]! < end; k += 2) {
      const startDifference = start - second[k]!;
      const endDifference = end - second[k + 1]!;
      sum += startDifference * startDifference + endDifference * endDifference;
      overlapsAny = true;
    }
    if (!overlapsAny) sum += (end - start) * (end - start);
  }
  // Then second's units that overlap none of first's, in order: the same walk from second's side.
  let i = 0;
  for (let at = 0; at < second.length; at += 2) {
    const start = second[at]!;
    const end = second[at + 1]!;
    while (i < first.length && first[i + 1]! <= start) i += 2;
    if (i >= first.length || first[i]! >= end) sum += (end - start) * (end - start);
  }
  return sum;
}

/**
 * D_e = (2/L) · Σ_units [ (N−1)(2l³ − 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g − l + 1) ]
 *       / [ mL(mL − 1) − Σ_units l(l − 1) ],
 * N = number of units of all annotators. Σ_{gaps g ≥ l} (g − l + 1) comes from gapPlacements.
 */
function expectedDisagreement(
  unitLengths: readonly number[],
  gapLengths: readonly number[],
  m: number,
  totalLength: number,
): number | null {
  const unitCount = unitLengths.length;
  if (unitCount === 0) return 0;
  const placementsOf = gapPlacements(gapLengths, unitCount);
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    const squared = l * l; // not l ** 2: V8 takes a slow Math.pow path for **
    numerator +=
      ((unitCount - 1) * (2 * squared * l - 3 * squared + l)) / 3 + squared * placementsOf(l);
    selfPairs += l * (l - 1);
  }
  const denominator = m * totalLength * (m * totalLength - 1) - selfPairs;
  const ratio = fractionOrNull(numerator, denominator);
  return ratio === null ? null : (2 / totalLength) * ratio;
}

/**
 * Σ_{gaps g ≥ l} (g − l + 1) as a function of l: the places a unit of l code points fits in the
 * gaps. The sums are of integers well below 2^53, so every strategy gives the same exact number:
 * a document's few gaps are summed directly (no allocation, once per document and label); a
 * project's many short gaps are counted by length, O(n + longest); otherwise they are sorted.
 */
function gapPlacements(gapLengths: readonly number[], unitCount: number): (l: number) => number {
  if (gapLengths.length * unitCount <= 4096) {
    return (l) => {
      let sum = 0;
      for (const gap of gapLengths) if (gap >= l) sum += gap - l + 1;
      return sum;
    };
  }
  let longest = 0;
  for (const gap of gapLengths) longest = Math.max(longest, gap);
  return longest <= 4 * gapLengths.length
    ? countedGapPlacements(gapLengths, longest)
    : sortedGapPlacements(gapLengths);
}

function countedGapPlacements(gapLengths: readonly number[], longest: number) {
  // countFrom[l] and sumFrom[l]: number and summed length of the gaps of length ≥ l.
  const countFrom = new Float64Array(longest + 2);
  const sumFrom = new Float64Array(longest + 2);
  for (const gap of gapLengths) {
    countFrom[gap]!++;
    sumFrom[gap]! += gap;
  }
  for (let length = longest - 1; length >= 0; length--) {
    countFrom[length]! += countFrom[length + 1]!;
    sumFrom[length]! += sumFrom[length + 1]!;
  }
  return (l: number) => {
    const from = Math.min(l, longest + 1);
    return sumFrom[from]! - (l - 1) * countFrom[from]!;
  };
}

function sortedGapPlacements(gapLengths: readonly number[]) {
  const gaps = sortNumbers([...gapLengths]);
  const suffixSums = new Array<number>(gaps.length + 1).fill(0);
  for (let index = gaps.length - 1; index >= 0; index--) {
    suffixSums[index] = suffixSums[index + 1]! + gaps[index]!;
  }
  return (l: number) => {
    const firstFitting = lowerBound(gaps, l);
    return suffixSums[firstFitting]! - (l - 1) * (gaps.length - firstFitting);
  };
}

/** Index of the first value ≥ `value` in ascending `sorted`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isSortedByStart(units: readonly Unit[]): boolean {
  for (let index = 1; index < units.length; index++) {
    if (units[index]!.start < units[index - 1]!.start) return false;
  }
  return true;
}
