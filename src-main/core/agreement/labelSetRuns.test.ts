import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabelSetCatalogue } from './labelSetCatalogue';
import { forEachLabelSetRun, LabelSetSweep } from './labelSetRuns';
import type { SpanExtent } from './spanMatching';
import { spanExtent as span } from './testing/spanExtents';

function runsOf(spansByAnnotator: SpanExtent[][], textLength: number, labelCount: number) {
  const catalogue = new LabelSetCatalogue(labelCount);
  const runs: [number, ...number[][]][] = [];
  forEachLabelSetRun(spansByAnnotator, textLength, catalogue, (length, ids) => {
    runs.push([length, ...ids.map((id) => catalogue.labelIndicesOf(id))]);
  });
  return runs;
}

describe('forEachLabelSetRun', () => {
  it('tiles the text into runs of constant label sets per annotator', () => {
    // text of 10; A: label 0 on [1,4), label 1 on [3,6); B: label 0 on [2,4) twice (overlapping
    // duplicates of one label still mean "covered by label 0").
    const runs = runsOf(
      [
        [
          { labelIndex: 0, start: 1, end: 4 },
          { labelIndex: 1, start: 3, end: 6 },
        ],
        [
          { labelIndex: 0, start: 2, end: 4 },
          { labelIndex: 0, start: 2, end: 3 },
        ],
      ],
      10,
      2,
    );
    expect(runs).toEqual([
      [1, [], []],
      [1, [0], []],
      [1, [0], [0]],
      [1, [0, 1], [0]],
      [2, [1], []],
      [4, [], []],
    ]);
  });

  it('gives one run for a text nobody tagged, and none for an empty text', () => {
    expect(runsOf([[], []], 7, 3)).toEqual([[7, [], []]]);
    expect(runsOf([[], []], 0, 3)).toEqual([]);
  });

  // 20 labels are past what a bit mask per set holds: the sweep numbers such sets another way.
  // 40 spans in at most 30 code points keep many spans open at once.
  it.each([
    [3, 6],
    [20, 6],
    [3, 40],
  ])(
    'agrees with a per-code-point count on random spans of %i labels, up to %i each',
    (labelCount, spanLimit) => {
      const labels = Array.from({ length: labelCount }, (_, label) => label);
      const spans = (textLength: number) =>
        fc.array(
          fc
            .tuple(
              fc.integer({ min: 0, max: labelCount - 1 }),
              fc.integer({ min: 0, max: textLength }),
              fc.integer({ min: 0, max: textLength }),
            )
            .map(([labelIndex, a, b]) => ({
              labelIndex,
              start: Math.min(a, b),
              end: Math.max(a, b),
            })),
          { maxLength: spanLimit },
        );
      const input = fc
        .integer({ min: 0, max: 30 })
        .chain((textLength) =>
          fc.tuple(
            fc.constant(textLength),
            fc.array(spans(textLength), { minLength: 1, maxLength: 3 }),
          ),
        );
      fc.assert(
        fc.property(input, ([textLength, spansByAnnotator]) => {
          const expanded: string[] = [];
          for (const [length, ...sets] of runsOf(spansByAnnotator, textLength, labelCount)) {
            for (let i = 0; i < length; i++) expanded.push(JSON.stringify(sets));
          }
          const naive: string[] = [];
          for (let position = 0; position < textLength; position++) {
            const sets = spansByAnnotator.map((spans) =>
              labels.filter((label) =>
                spans.some(
                  (s) => s.labelIndex === label && s.start <= position && position < s.end,
                ),
              ),
            );
            naive.push(JSON.stringify(sets));
          }
          expect(expanded).toEqual(naive);
        }),
      );
    },
  );
});

describe('forEachLabelSetRun catalogue ids', () => {
  // Ids number the categories of Cohen's kappa, whose sums run in id order: the order ids are
  // handed out in must not depend on how the sweep walks the annotators.
  it.each([4, 20])('hands out new ids in text order, annotators in order (%i labels)', (labels) => {
    const catalogue = new LabelSetCatalogue(labels);
    forEachLabelSetRun(
      [
        [span(3, 8, 10), span(2, 12, 14)],
        [span(1, 2, 4), span(0, 8, 9)],
        [span(3, 0, 1), span(1, 8, 12)],
      ],
      20,
      catalogue,
      () => {},
    );
    // Position 0: {3}; 2: {1}; 8: {3} known, {0}; 12: {2}.
    expect([1, 2, 3, 4].map((id) => catalogue.labelIndicesOf(id))).toEqual([[3], [1], [0], [2]]);
    expect(() => catalogue.labelIndicesOf(5)).toThrow(RangeError);
  });
});

describe('LabelSetSweep', () => {
  it('gives every document the runs a fresh sweep gives it, whatever came before', () => {
    const documentSpans = fc.array(
      fc.array(
        fc
          .tuple(
            fc.integer({ min: 0, max: 3 }),
            fc.integer({ min: 0, max: 30 }),
            fc.integer({ min: 0, max: 12 }),
          )
          .map(([labelIndex, start, length]) => ({ labelIndex, start, end: start + length })),
        { maxLength: 10 },
      ),
      { minLength: 3, maxLength: 3 },
    );
    const documents = fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), documentSpans), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(documents, (input) => {
        const reusedCatalogue = new LabelSetCatalogue(4);
        const sweep = new LabelSetSweep(reusedCatalogue);
        const freshCatalogue = new LabelSetCatalogue(4);
        for (const [textLength, spansByAnnotator] of input) {
          const reused: number[][] = [];
          sweep.forEachRun(spansByAnnotator, textLength, (length, ids) =>
            reused.push([length, ...ids]),
          );
          const fresh: number[][] = [];
          forEachLabelSetRun(spansByAnnotator, textLength, freshCatalogue, (length, ids) =>
            fresh.push([length, ...ids]),
          );
          expect(reused).toEqual(fresh);
        }
      }),
    );
  });
});
