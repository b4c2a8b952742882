import { LabelSetCatalogue } from './labelSetCatalogue';
import type { SpanExtent } from './spanMatching';

/**
 * Calls `visit(length, labelSetIds)` for consecutive stretches that tile 0..textLength (lengths in
 * code points); within a stretch every annotator's set of covering labels is constant, and
 * `labelSetIds[a]` is annotator a's set as a catalogue id. The array is reused: copy it to keep it.
 * Works on span boundaries only (O(s log s) for s spans), never on one entry per code point.
 * New sets get their catalogue ids in text order, annotators in order at the same position.
 */
export function forEachLabelSetRun(
  spansByAnnotator: readonly (readonly SpanExtent[])[],
  textLength: number,
  catalogue: LabelSetCatalogue,
  visit: (length: number, labelSetIds: readonly number[]) => void,
): void {
  new LabelSetSweep(catalogue).forEachRun(spansByAnnotator, textLength, visit);
}

/**
 * forEachLabelSetRun for document after document: the sweep keeps its buffers between documents,
 * since allocating them anew for every document was a tenth of the report's garbage.
 */
export class LabelSetSweep {
  private readonly codes: LabelSetCodes;
  /** Per annotator: where its set changes (see sweepAnnotator), in arrays kept between documents. */
  private readonly changesByAnnotator: number[][] = [];
  /** The spans open during one annotator's sweep. */
  private readonly open = new OpenSpanEnds();

  constructor(catalogue: LabelSetCatalogue) {
    this.codes = new LabelSetCodes(catalogue);
  }

  /** See forEachLabelSetRun. */
  forEachRun(
    spansByAnnotator: readonly (readonly SpanExtent[])[],
    textLength: number,
    visit: (length: number, labelSetIds: readonly number[]) => void,
  ): void {
    const annotatorCount = spansByAnnotator.length;
    // Each annotator's changes alone first, then one merge of the few lists in text order.
    while (this.changesByAnnotator.length < annotatorCount) this.changesByAnnotator.push([]);
    spansByAnnotator.forEach((spans, annotator) =>
      this.sweepAnnotator(spans, textLength, annotator),
    );
    const heads = new Array<number>(annotatorCount).fill(0);
    // Each annotator's next change; every list ends in textLength, so no bounds checks.
    const nextPositions = this.changesByAnnotator
      .slice(0, annotatorCount)
      .map((changes) => changes[0]!);
    const labelSetIds = new Array<number>(annotatorCount).fill(0);
    let cursor = 0;
    for (;;) {
      let position = textLength;
      for (let annotator = 0; annotator < annotatorCount; annotator++) {
        if (nextPositions[annotator]! < position) position = nextPositions[annotator]!;
      }
      if (position >= textLength) break;
      if (position > cursor) {
        visit(position - cursor, labelSetIds);
        cursor = position;
      }
      for (let annotator = 0; annotator < annotatorCount; annotator++) {
        if (nextPositions[annotator] !== position) continue;
        const changes = this.changesByAnnotator[annotator]!;
        const head = heads[annotator]!;
        labelSetIds[annotator] = this.codes.idOf(changes[head + 1]!);
        heads[annotator] = head + 2;
        nextPositions[annotator] = changes[head + 2]!;
      }
    }
    if (textLength > cursor) visit(textLength - cursor, labelSetIds);
  }

  /**
   * Fills changesByAnnotator[annotator] with where the annotator's set of covering labels changes,
   * flat: (position, code of the set from there on), positions ascending and below textLength,
   * then textLength to end the list. Spans are clamped to 0..textLength; spans sorted by start
   * (as prepared documents are) need no sort.
   */
  private sweepAnnotator(spans: readonly SpanExtent[], textLength: number, annotator: number) {
    const sorted = isSortedByStart(spans) ? spans : [...spans].sort((a, b) => a.start - b.start);
    const changes = this.changesByAnnotator[annotator]!;
    let changeCount = 0;
    const open = this.open;
    open.size = 0;
    const codes = this.codes;
    const openCounts = codes.openCounts;
    // The open labels' bit mask, kept up to date, for sets of up to MASK_LABEL_LIMIT labels.
    let mask = 0;
    let next = 0;
    let code = 0;
    for (;;) {
      let position = textLength;
      for (; next < sorted.length; next++) {
        const span = sorted[next]!;
        const start = clamp(span.start, textLength);
        if (clamp(span.end, textLength) > start) {
          position = start;
          break;
        }
      }
      if (open.size > 0) position = Math.min(position, open.firstEnd());
      if (position >= textLength) break;
      let changed = false;
      while (open.size > 0 && open.firstEnd() <= position) {
        const label = open.removeFirst();
        if (--openCounts[label]! === 0) {
          mask &= ~(1 << label);
          changed = true;
        }
      }
      for (; next < sorted.length; next++) {
        const span = sorted[next]!;
        const start = clamp(span.start, textLength);
        if (start > position) break;
        const end = clamp(span.end, textLength);
        if (end <= start) continue; // covers no code point
        const label = span.labelIndex;
        open.add(end, label);
        if (openCounts[label]!++ === 0) {
          mask |= 1 << label;
          changed = true;
        }
      }
      if (!changed) continue;
      const nextCode = codes.usesMasks ? mask : codes.codeOfOpenLabels();
      if (nextCode === code) continue;
      code = nextCode;
      changes[changeCount++] = position;
      changes[changeCount++] = code;
    }
    changes[changeCount++] = textLength;
    // The spans still open end at textLength: closing them zeroes the counts for the next annotator.
    while (open.size > 0) openCounts[open.removeFirst()]!--;
  }
}

/**
 * Numbers for label sets as the sweep finds them, turned into catalogue ids only in the merge, so
 * that ids are handed out in the same order whatever order the annotators are swept in. Up to
 * MASK_LABEL_LIMIT labels a set's code is its bit mask (no lookup, no key string); past that, an
 * index into the sweep's own list of sets.
 */
class LabelSetCodes {
  /** Open spans per label index for the annotator being swept. */
  readonly openCounts: number[];
  readonly usesMasks: boolean;
  /** Only past MASK_LABEL_LIMIT labels. */
  private codesByKey: Map<string, number> | null = null;
  private readonly labelIndicesByCode: number[][] = [[]];
  private readonly idsByCode: number[] = [];

  constructor(private readonly catalogue: LabelSetCatalogue) {
    this.openCounts = new Array<number>(catalogue.labelCount).fill(0);
    this.usesMasks = catalogue.labelCount <= LabelSetCatalogue.MASK_LABEL_LIMIT;
  }

  /** The code of the labels with open spans when there are too many labels for masks. */
  codeOfOpenLabels(): number {
    const labels: number[] = [];
    this.openCounts.forEach((count, label) => {
      if (count > 0) labels.push(label);
    });
    const key = labels.join(',');
    this.codesByKey ??= new Map([['', 0]]);
    const known = this.codesByKey.get(key);
    if (known !== undefined) return known;
    this.labelIndicesByCode.push(labels);
    this.codesByKey.set(key, this.labelIndicesByCode.length - 1);
    return this.labelIndicesByCode.length - 1;
  }

  idOf(code: number): number {
    if (this.usesMasks) return this.catalogue.idOfMask(code);
    this.idsByCode[code] ??= this.catalogue.idOf(this.labelIndicesByCode[code]!);
    return this.idsByCode[code];
  }
}

/**
 * The open spans' ends with their labels, earliest end first: a binary heap, so that even a
 * document with thousands of nested spans is swept in O(s log s). Its arrays are kept from sweep
 * to sweep.
 */
class OpenSpanEnds {
  private readonly ends: number[] = [];
  private readonly labels: number[] = [];
  size = 0;

  firstEnd(): number {
    return this.ends[0]!;
  }

  add(end: number, label: number): void {
    const { ends, labels } = this;
    let hole = this.size++;
    while (hole > 0) {
      const parent = (hole - 1) >> 1;
      if (ends[parent]! <= end) break;
      ends[hole] = ends[parent]!;
      labels[hole] = labels[parent]!;
      hole = parent;
    }
    ends[hole] = end;
    labels[hole] = label;
  }

  /** Removes the entry with the earliest end and returns its label. */
  removeFirst(): number {
    const { ends, labels } = this;
    const firstLabel = labels[0]!;
    const size = --this.size;
    const lastEnd = ends[size]!;
    const lastLabel = labels[size]!;
    let hole = 0;
    for (;;) {
      let child = 2 * hole + 1;
      if (child >= size) break;
      if (child + 1 < size && ends[child + 1]! < ends[child]!) child++;
      if (ends[child]! >= lastEnd) break;
      ends[hole] = ends[child]!;
      labels[hole] = labels[child]!;
      hole = child;
    }
    ends[hole] = lastEnd;
    labels[hole] = lastLabel;
    return firstLabel;
  }
}

function isSortedByStart(spans: readonly SpanExtent[]): boolean {
  for (let index = 1; index < spans.length; index++) {
    if (spans[index]!.start < spans[index - 1]!.start) return false;
  }
  return true;
}

// Comparisons, not Math.min and Math.max: this runs twice per span boundary.
function clamp(offset: number, textLength: number): number {
  return offset < 0 ? 0 : offset > textLength ? textLength : offset;
}
