import type { LabelSetCatalogue } from './labelSetCatalogue';
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
  // Each boundary is packed into one number so a plain numeric sort orders them by position.
  const perPosition = annotatorCount * labelCount * 2;
  if ((textLength + 1) * perPosition > Number.MAX_SAFE_INTEGER) {
    throw new RangeError('text too long to sweep');
  }
  let eventCount = 0;
  for (const spans of spansByAnnotator) eventCount += 2 * spans.length;
  const buffer = new Float64Array(eventCount);
  let next = 0;
  spansByAnnotator.forEach((spans, annotator) => {
    for (const span of spans) {
      const start = clamp(span.start, textLength);
      const end = clamp(span.end, textLength);
      if (end <= start) continue; // covers no code point
      const slot = (annotator * labelCount + span.labelIndex) * 2;
      buffer[next++] = start * perPosition + slot + 1;
      buffer[next++] = end * perPosition + slot;
    }
  });
  const events = buffer.subarray(0, next).sort();

  const openCounts = new Int32Array(annotatorCount * labelCount);
  const labelSetIds = new Array<number>(annotatorCount).fill(0);
  const changed = new Uint8Array(annotatorCount);
  let cursor = 0;
  let index = 0;
  while (index < events.length) {
    const position = Math.floor(events[index]! / perPosition);
    if (position > cursor) {
      visit(position - cursor, labelSetIds);
      cursor = position;
    }
    while (index < events.length && Math.floor(events[index]! / perPosition) === position) {
      const slot = events[index]! - position * perPosition;
      const opens = slot % 2 === 1;
      const cell = (slot - (opens ? 1 : 0)) / 2;
      openCounts[cell]! += opens ? 1 : -1;
      changed[Math.floor(cell / labelCount)] = 1;
      index++;
    }
    for (let annotator = 0; annotator < annotatorCount; annotator++) {
      if (!changed[annotator]) continue;
      changed[annotator] = 0;
      labelSetIds[annotator] = catalogue.idOf(coveringLabels(openCounts, annotator, labelCount));
    }
  }
  if (textLength > cursor) visit(textLength - cursor, labelSetIds);
}

function coveringLabels(openCounts: Int32Array, annotator: number, labelCount: number): number[] {
  const labels: number[] = [];
  for (let label = 0; label < labelCount; label++) {
    if (openCounts[annotator * labelCount + label]! > 0) labels.push(label);
  }
  return labels;
}

function clamp(offset: number, textLength: number): number {
  return Math.min(Math.max(offset, 0), textLength);
}
