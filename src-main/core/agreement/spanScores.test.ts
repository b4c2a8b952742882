import { describe, expect, it } from 'vitest';
import { addSpanCounts, countSpans, spanScore, spanScores } from './spanScores';

describe('spanScore', () => {
  it('divides by the second annotator for precision and the first for recall', () => {
    // 4 reference spans, 5 compared spans, 3 matched: P = 3/5, R = 3/4, F1 = 6/9
    expect(spanScore(4, 5, 3)).toEqual({
      firstSpans: 4,
      secondSpans: 5,
      matched: 3,
      precision: 0.6,
      recall: 0.75,
      f1: 6 / 9,
    });
  });

  it('uses null for 0/0 and 0 when only one side has spans', () => {
    expect(spanScore(0, 0, 0)).toMatchObject({ precision: null, recall: null, f1: null });
    // The first annotator tagged nothing: recall undefined, precision 0, F1 = 0/(0 + 3) = 0.
    expect(spanScore(0, 3, 0)).toMatchObject({ precision: 0, recall: null, f1: 0 });
    expect(spanScore(2, 0, 0)).toMatchObject({ precision: null, recall: 0, f1: 0 });
  });
});

describe('spanScores', () => {
  it('pools counts for micro and averages defined per-label figures for macro', () => {
    // label 0: first 2, second 2, matched 2 → P = R = F1 = 1
    // label 1: first 2, second 0, matched 0 → P null, R 0, F1 0
    // label 2: nothing on either side → all null, left out of macro
    // micro: first 4, second 2, matched 2 → P 1, R 0.5, F1 4/6
    // macro: P = mean(1) = 1, R = mean(1, 0) = 0.5, F1 = mean(1, 0) = 0.5
    const first = [
      { labelIndex: 0, start: 0, end: 2 },
      { labelIndex: 0, start: 4, end: 6 },
      { labelIndex: 1, start: 8, end: 9 },
      { labelIndex: 1, start: 10, end: 12 },
    ];
    const second = [
      { labelIndex: 0, start: 0, end: 2 },
      { labelIndex: 0, start: 4, end: 6 },
    ];
    const counts = countSpans(
      first,
      second,
      [
        { firstIndex: 0, secondIndex: 0, overlap: 2 },
        { firstIndex: 1, secondIndex: 1, overlap: 2 },
      ],
      3,
    );
    const scores = spanScores(counts, ['demand', 'denial', 'threat']);
    expect(scores.byLabel.map((score) => [score.label, score.precision, score.recall])).toEqual([
      ['demand', 1, 1],
      ['denial', null, 0],
      ['threat', null, null],
    ]);
    expect(scores.micro).toMatchObject({ firstSpans: 4, secondSpans: 2, matched: 2 });
    expect(scores.micro.f1).toBeCloseTo(4 / 6, 12);
    expect(scores.macro).toEqual({ precision: 1, recall: 0.5, f1: 0.5 });

    addSpanCounts(counts, counts);
    expect(counts).toEqual({ firstSpans: [4, 4, 0], secondSpans: [4, 0, 0], matched: [4, 0, 0] });
  });
});
