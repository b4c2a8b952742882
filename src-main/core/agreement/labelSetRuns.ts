import { LabelSetCatalogue } from './labelSetCatalogue';
import { sortNumbers } from './sortNumbers';
import type { SpanExtent } from './spanMatching';

/**
 * Calls `visit(length, labelSetIds)` for consecutive stretches that tile 0..textLength (lengths in
 * code points); within a stretch every annotator's set of covering labels is constant, and
 * `labelSetIds[a]` is annotator a's set as a catalogue id. The array is reused: copy it to keep it.
 * Works on span boundaries only (O(s log s) for s spans), never on one entry per code point.
 */
export function forEachLabelSetRun(
  spansByAnnotator: readonly (readonly SpanExtent[])[],
  textLength: number,
  catalogue: LabelSetCatalogue,
  visit: (length: number, labelSetIds: readonly number[]) => void,
): void {
  const annotatorCount = spansByAnnotator.length;
  const labelCount = catalogue.labelCount;
  // A boundary is one number: (position · cellCount + cell) · 2 + (1 if a span opens there),
  // with cell = annotator · labels + label, so sorting numbers sorts boundaries by position.
  const cellCount = Math.max(1, annotatorCount * labelCount);
  const perPosition = 2 * cellCount;
  if ((textLength + 1) * perPosition > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('text too long to sweep');
  }
  // One sorted stream per annotator (starts usually come sorted, ends nearly): the sweep merges
  // a few streams instead of sorting every boundary of the document at once.
  const streams = spansByAnnotator.map((spans, annotator) => {
    const starts: number[] = [];
    const ends: number[] = [];
    for (const span of spans) {
      const start = clamp(span.start, textLength);
      const end = clamp(span.end, textLength);
      if (end <= start) continue; // covers no code point
      const cell = annotator * labelCount + span.labelIndex;
      starts.push(start * perPosition + cell * 2 + 1);
      ends.push(end * perPosition + cell * 2);
    }
    return mergeSorted(sortNumbers(starts), sortNumbers(ends));
  });
  const heads = new Array<number>(annotatorCount).fill(0);
  const openCounts = new Array<number>(cellCount).fill(0);
  const labelSetIds = new Array<number>(annotatorCount).fill(0);
  // Past every boundary; an integer, not Infinity, so the sweep stays in small-integer arithmetic.
  const afterLast = (textLength + 1) * perPosition;
  let cursor = 0;
  for (;;) {
    let smallest = afterLast;
    for (let annotator = 0; annotator < annotatorCount; annotator++) {
      const stream = streams[annotator]!;
      const head = heads[annotator]!;
      // Bounds first: reading past the end of an array is a slow path in V8.
      if (head < stream.length && stream[head]! < smallest) smallest = stream[head]!;
    }
    if (smallest === afterLast) break;
    const position = Math.floor(smallest / perPosition);
    if (position > cursor) {
      visit(position - cursor, labelSetIds);
      cursor = position;
    }
    const nextPosition = (position + 1) * perPosition;
    for (let annotator = 0; annotator < annotatorCount; annotator++) {
      const stream = streams[annotator]!;
      const start = heads[annotator]!;
      let head = start;
      for (; head < stream.length && stream[head]! < nextPosition; head++) {
        // slot < perPosition, a small integer: bit operations keep the index a small integer too.
        const slot = stream[head]! - position * perPosition;
        openCounts[slot >> 1]! += slot & 1 ? 1 : -1;
      }
      if (head === start) continue;
      heads[annotator] = head;
      labelSetIds[annotator] = labelSetIdOf(openCounts, annotator, catalogue);
    }
  }
  if (textLength > cursor) visit(textLength - cursor, labelSetIds);
}

/** The catalogue id of the labels open for `annotator`; a bit mask avoids building a key string. */
function labelSetIdOf(
  openCounts: readonly number[],
  annotator: number,
  catalogue: LabelSetCatalogue,
) {
  const labelCount = catalogue.labelCount;
  const offset = annotator * labelCount;
  if (labelCount <= LabelSetCatalogue.MASK_LABEL_LIMIT) {
    let mask = 0;
    for (let label = 0; label < labelCount; label++) {
      if (openCounts[offset + label]! > 0) mask |= 1 << label;
    }
    return catalogue.idOfMask(mask);
  }
  const labels: number[] = [];
  for (let label = 0; label < labelCount; label++) {
    if (openCounts[offset + label]! > 0) labels.push(label);
  }
  return catalogue.idOf(labels);
}

/** The two ascending arrays merged into one ascending array. */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged = new Array<number>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) merged[k++] = a[i]! <= b[j]! ? a[i++]! : b[j++]!;
  while (i < a.length) merged[k++] = a[i++]!;
  while (j < b.length) merged[k++] = b[j++]!;
  return merged;
}

function clamp(offset: number, textLength: number): number {
  return Math.min(Math.max(offset, 0), textLength);
}
