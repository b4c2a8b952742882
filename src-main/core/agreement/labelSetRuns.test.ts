import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LabelSetCatalogue } from './labelSetCatalogue';
import { forEachLabelSetRun } from './labelSetRuns';
import type { SpanExtent } from './spanMatching';

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

  it('agrees with a per-code-point count on random spans', () => {
    const spans = (textLength: number) =>
      fc.array(
        fc
          .tuple(
            fc.integer({ min: 0, max: 2 }),
            fc.integer({ min: 0, max: textLength }),
            fc.integer({ min: 0, max: textLength }),
          )
          .map(([labelIndex, a, b]) => ({
            labelIndex,
            start: Math.min(a, b),
            end: Math.max(a, b),
          })),
        { maxLength: 6 },
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
        for (const [length, ...sets] of runsOf(spansByAnnotator, textLength, 3)) {
          for (let i = 0; i < length; i++) expanded.push(JSON.stringify(sets));
        }
        const naive: string[] = [];
        for (let position = 0; position < textLength; position++) {
          const sets = spansByAnnotator.map((spans) =>
            [0, 1, 2].filter((label) =>
              spans.some((s) => s.labelIndex === label && s.start <= position && position < s.end),
            ),
          );
          naive.push(JSON.stringify(sets));
        }
        expect(expanded).toEqual(naive);
      }),
    );
  });
});
