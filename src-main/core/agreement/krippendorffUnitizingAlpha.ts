import type { UnitizingAlphaFigure } from './agreementReport';
import { fractionOrNull } from './fractionOrNull';

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

interface Segment {
  start: number;
  end: number;
  isUnit: boolean;
}

/**
 * One annotator's units, sorted, with overlapping units merged into one (α_u assumes an annotator's
 * units of one category never overlap). Units that only touch stay separate; empty ones are dropped.
 */
export function mergeOverlappingUnits(units: readonly Unit[]): Unit[] {
  const sorted = units
    .filter((unit) => unit.end > unit.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Unit[] = [];
  for (const unit of sorted) {
    const last = merged[merged.length - 1];
    if (last && unit.start < last.end) last.end = Math.max(last.end, unit.end);
    else merged.push({ start: unit.start, end: unit.end });
  }
  return merged;
}

/**
 * Krippendorff's α_u for one category (Krippendorff 2004, Content Analysis 2nd ed., §11.6; 1995):
 * α_u = 1 − D_o/D_e over the continua laid end to end (L = summed length in code points). Gaps are
 * cut at continuum boundaries. Each annotator's units are merged first (see mergeOverlappingUnits).
 * Null figures: fewer than two annotators, L = 0, or D_e = 0 (e.g. nobody marked a unit).
 */
export function krippendorffUnitizingAlpha(
  continua: readonly UnitizingContinuum[],
  annotatorCount: number,
): UnitizingAlphaFigure {
  const m = annotatorCount;
  let totalLength = 0;
  let squaredDistances = 0;
  const unitLengths: number[] = [];
  const gapLengths: number[] = [];
  for (const continuum of continua) {
    if (continuum.unitsByAnnotator.length !== m) {
      throw new RangeError(`expected units of ${m} annotators`);
    }
    totalLength += continuum.length;
    const segmentsByAnnotator = continuum.unitsByAnnotator.map((units) =>
      segmentsOf(mergeOverlappingUnits(units), continuum.length),
    );
    for (const segments of segmentsByAnnotator) {
      for (const segment of segments) {
        (segment.isUnit ? unitLengths : gapLengths).push(segment.end - segment.start);
      }
    }
    for (let i = 0; i < m; i++) {
      for (let j = i + 1; j < m; j++) {
        squaredDistances += pairDistances(segmentsByAnnotator[i]!, segmentsByAnnotator[j]!);
      }
    }
  }
  if (m < 2 || totalLength === 0) {
    return { observedDisagreement: null, expectedDisagreement: null, alpha: null };
  }
  // Ordered pairs of annotators: each unordered pair counts twice.
  const observed = (2 * squaredDistances) / (m * (m - 1) * totalLength * totalLength);
  const expected = expectedDisagreement(unitLengths, gapLengths, m, totalLength);
  return {
    observedDisagreement: observed,
    expectedDisagreement: expected,
    alpha: expected === null || expected === 0 ? null : 1 - observed / expected,
  };
}

/** α_u over several categories: 1 − ΣD_o / ΣD_e over those where both are defined. */
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

/** The continuum 0..length tiled into alternating gaps and (merged, sorted) units. */
function segmentsOf(units: readonly Unit[], length: number): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const unit of units) {
    const start = Math.max(unit.start, cursor);
    const end = Math.min(unit.end, length);
    if (end <= start) continue;
    if (start > cursor) segments.push({ start: cursor, end: start, isUnit: false });
    segments.push({ start, end, isUnit: true });
    cursor = end;
  }
  if (length > cursor) segments.push({ start: cursor, end: length, isUnit: false });
  return segments;
}

/**
 * Σ δ² over every pair of overlapping segments of two annotators. Both tilings cover the same
 * continuum, so walking them side by side meets each overlapping pair exactly once.
 */
function pairDistances(first: readonly Segment[], second: readonly Segment[]): number {
  let sum = 0;
  let f = 0;
  let s = 0;
  while (f < first.length && s < second.length) {
    const a = first[f]!;
    const b = second[s]!;
    sum += squaredDistance(a, b);
    if (a.end <= b.end) f++;
    if (b.end <= a.end) s++;
  }
  return sum;
}

/**
 * Krippendorff's δ² of two overlapping segments: two units differ by the squared differences of
 * their starts and of their ends; a unit lying wholly inside the other's gap by its squared length;
 * anything else (two gaps, a unit partly over a gap) by 0.
 */
function squaredDistance(a: Segment, b: Segment): number {
  if (a.isUnit && b.isUnit) return (a.start - b.start) ** 2 + (a.end - b.end) ** 2;
  if (a.isUnit && b.start <= a.start && a.end <= b.end) return (a.end - a.start) ** 2;
  if (b.isUnit && a.start <= b.start && b.end <= a.end) return (b.end - b.start) ** 2;
  return 0;
}

/**
 * D_e = (2/L) · Σ_units [ (N−1)(2l³ − 3l² + l)/3 + l² Σ_{gaps g ≥ l} (g − l + 1) ]
 *       / [ mL(mL − 1) − Σ_units l(l − 1) ],
 * N = number of units of all annotators. Gaps are sorted once and summed by suffix sums, so this is
 * O(n log n) instead of units × gaps.
 */
function expectedDisagreement(
  unitLengths: readonly number[],
  gapLengths: readonly number[],
  m: number,
  totalLength: number,
): number | null {
  const unitCount = unitLengths.length;
  const gaps = Float64Array.from(gapLengths).sort();
  const suffixSums = new Float64Array(gaps.length + 1);
  for (let index = gaps.length - 1; index >= 0; index--) {
    suffixSums[index] = suffixSums[index + 1]! + gaps[index]!;
  }
  let numerator = 0;
  let selfPairs = 0;
  for (const l of unitLengths) {
    const firstFitting = lowerBound(gaps, l);
    const fittingGaps = gaps.length - firstFitting;
    const placements = suffixSums[firstFitting]! - (l - 1) * fittingGaps;
    numerator += ((unitCount - 1) * (2 * l ** 3 - 3 * l ** 2 + l)) / 3 + l ** 2 * placements;
    selfPairs += l * (l - 1);
  }
  const denominator = m * totalLength * (m * totalLength - 1) - selfPairs;
  const ratio = fractionOrNull(numerator, denominator);
  return ratio === null ? null : (2 / totalLength) * ratio;
}

/** Index of the first value ≥ `value` in ascending `sorted`. */
function lowerBound(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
