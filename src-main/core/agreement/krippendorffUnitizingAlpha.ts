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
  const sorted = isSortedByStart(units) ? units : [...units].sort((a, b) => a.start - b.start);
  const merged: Unit[] = [];
  for (const unit of sorted) {
    if (unit.end <= unit.start) continue;
    const last = merged[merged.length - 1];
    if (last && unit.start < last.end) last.end = Math.max(last.end, unit.end);
    else merged.push({ start: unit.start, end: unit.end });
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
  const tally = emptyUnitizingTally(continuum.unitsByAnnotator.length);
  tally.length = length;
  const merged = continuum.unitsByAnnotator.map((units) =>
    clipUnits(mergeOverlappingUnits(units), length),
  );
  for (const units of merged) {
    let cursor = 0;
    for (const unit of units) {
      if (unit.start > cursor) tally.gapLengths.push(unit.start - cursor);
      tally.unitLengths.push(unit.end - unit.start);
      cursor = unit.end;
    }
    if (length > cursor) tally.gapLengths.push(length - cursor);
  }
  for (let i = 0; i < merged.length; i++) {
    for (let j = i + 1; j < merged.length; j++) {
      tally.squaredDistances += pairDistances(merged[i]!, merged[j]!);
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
 * units, so one merge-style walk over both lists finds every case without building the gaps.
 */
function pairDistances(first: readonly Unit[], second: readonly Unit[]): number {
  let sum = 0;
  const secondOverlapped = new Array<boolean>(second.length).fill(false);
  let j = 0;
  for (const unit of first) {
    while (j < second.length && second[j]!.end <= unit.start) j++;
    let overlapsAny = false;
    for (let k = j; k < second.length && second[k]!.start < unit.end; k++) {
      const other = second[k]!;
      sum += (unit.start - other.start) ** 2 + (unit.end - other.end) ** 2;
      secondOverlapped[k] = true;
      overlapsAny = true;
    }
    if (!overlapsAny) sum += (unit.end - unit.start) ** 2;
  }
  second.forEach((unit, index) => {
    if (!secondOverlapped[index]) sum += (unit.end - unit.start) ** 2;
  });
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

/** Clips merged units (our own copies) to 0..length, dropping those left empty. */
function clipUnits(units: Unit[], length: number): Unit[] {
  const clipped: Unit[] = [];
  for (const unit of units) {
    unit.start = Math.max(unit.start, 0);
    unit.end = Math.min(unit.end, length);
    if (unit.end > unit.start) clipped.push(unit);
  }
  return clipped;
}

function isSortedByStart(units: readonly Unit[]): boolean {
  for (let index = 1; index < units.length; index++) {
    if (units[index]!.start < units[index - 1]!.start) return false;
  }
  return true;
}
