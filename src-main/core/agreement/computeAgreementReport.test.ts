import { describe, expect, it } from 'vitest';
import type { AgreementDocument, AgreementInput, AgreementSpan } from './agreementInput';
import type { PairAgreement } from './agreementReport';
import { AgreementComputation, computeAgreementReport } from './computeAgreementReport';

/**
 * The worked example of docs/agreement.md. Text (21 code points): "Pay now or we strike."
 *   "Pay now" = [0,7), "Pay" = [0,3), "or we strike" = [8,20), "we strike" = [11,20)
 */
const span = (label: string, start: number, end: number, intensity?: string): AgreementSpan => ({
  label,
  start,
  end,
  ...(intensity === undefined ? {} : { attributes: { intensity } }),
});
const workedExample: AgreementDocument = {
  id: 'pay-now',
  textLength: 21,
  annotationsByAnnotator: {
    ana: [span('demand', 0, 7, 'high'), span('threat', 11, 20, 'high')],
    ben: [span('demand', 0, 7, 'high'), span('threat', 8, 20, 'low')],
    cai: [span('demand', 0, 3, 'high'), span('demand', 11, 20)],
  },
};
const input = (annotators: string[], documents = [workedExample]): AgreementInput => ({
  documents,
  annotators,
  labels: ['demand', 'threat'],
  attributes: [{ id: 'intensity', type: 'choice', choices: ['low', 'high'] }],
});
const pairOf = (pairs: PairAgreement[], first: string, second: string) =>
  pairs.find((pair) => pair.first === first && pair.second === second)!;

describe('computeAgreementReport, worked example (docs/agreement.md)', () => {
  const report = computeAgreementReport(input(['ana', 'ben', 'cai']));
  const anaBen = pairOf(report.project.pairs, 'ana', 'ben');
  const anaCai = pairOf(report.project.pairs, 'ana', 'cai');
  const benCai = pairOf(report.project.pairs, 'ben', 'cai');

  it('lists pairs in annotator order, earlier annotator first', () => {
    expect(report.project.pairs.map((pair) => `${pair.first}/${pair.second}`)).toEqual([
      'ana/ben',
      'ana/cai',
      'ben/cai',
    ]);
  });

  it('scores spans exactly and by overlap (ana vs ben)', () => {
    // Exact: demand [0,7) matches; threat [11,20) ≠ [8,20). Per label 1/1/1 and 0/0/0;
    // micro 1 of 2 each side → 0.5; macro mean(1, 0) = 0.5.
    expect(anaBen.spans.exact.byLabel.map((s) => [s.label, s.precision, s.recall, s.f1])).toEqual([
      ['demand', 1, 1, 1],
      ['threat', 0, 0, 0],
    ]);
    expect(anaBen.spans.exact.micro).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(anaBen.spans.exact.macro).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5 });
    // Overlap: the threat spans share 9 code points, so both labels match.
    expect(anaBen.spans.overlap.micro).toMatchObject({
      matched: 2,
      precision: 1,
      recall: 1,
      f1: 1,
    });
  });

  it('scores spans by overlap when one side has a label the other lacks (ana vs cai)', () => {
    // demand: ana 1, cai 2 ([0,3) matches ana's [0,7), [11,20) matches nothing of that label)
    //   → P = 1/2, R = 1/1, F1 = 2·1/3. threat: ana 1, cai 0 → P null, R 0, F1 0.
    // macro: P = mean(0.5) = 0.5, R = mean(1, 0) = 0.5, F1 = mean(2/3, 0) = 1/3
    const [demand, threat] = anaCai.spans.overlap.byLabel;
    expect(demand).toMatchObject({ firstSpans: 1, secondSpans: 2, matched: 1, precision: 0.5 });
    expect(demand!.f1).toBeCloseTo(2 / 3, 12);
    expect(threat).toMatchObject({
      firstSpans: 1,
      secondSpans: 0,
      precision: null,
      recall: 0,
      f1: 0,
    });
    expect(anaCai.spans.overlap.macro.precision).toBe(0.5);
    expect(anaCai.spans.overlap.macro.f1).toBeCloseTo(1 / 3, 12);
    expect(anaCai.spans.exact.micro).toMatchObject({ matched: 0, precision: 0, recall: 0, f1: 0 });
  });

  it("computes Cohen's kappa on code points, over label sets and per label", () => {
    // ana vs ben runs: [0,7) d/d, [7,8) ∅/∅, [8,11) ∅/t, [11,20) t/t, [20,21) ∅/∅
    // p_o = 18/21; marginals ana d7 ∅5 t9, ben d7 ∅2 t12: p_e = (49 + 10 + 108)/441 = 167/441
    // κ = (378 − 167)/(441 − 167) = 211/274
    const labelSets = anaBen.cohenKappa.labelSets;
    expect(labelSets.total).toBe(21);
    expect(labelSets.observedAgreement).toBeCloseTo(18 / 21, 12);
    expect(labelSets.expectedAgreement).toBeCloseTo(167 / 441, 12);
    expect(labelSets.kappa).toBeCloseTo(211 / 274, 12);
    // demand: identical → 1. threat: yes/yes 9, no/yes 3, no/no 9:
    // p_e = (9·12 + 12·9)/441 = 216/441; κ = (378 − 216)/(441 − 216) = 162/225 = 0.72
    expect(anaBen.cohenKappa.byLabel[0]!.kappa).toBe(1);
    expect(anaBen.cohenKappa.byLabel[1]!.kappa).toBeCloseTo(0.72, 12);
    // ana vs cai: runs [0,3) d/d, [3,7) d/∅, [7,11) ∅/∅, [11,20) t/d, [20,21) ∅/∅
    // p_o = 8/21; p_e = (7·12 + 5·9 + 9·0)/441 = 129/441; κ = (168 − 129)/(441 − 129) = 0.125
    expect(anaCai.cohenKappa.labelSets.kappa).toBeCloseTo(0.125, 12);
    // demand: y/y 3, y/n 4, n/y 9, n/n 5 → p_e = (7·12 + 14·9)/441 = 210/441; κ = −42/231
    expect(anaCai.cohenKappa.byLabel[0]!.kappa).toBeCloseTo(-42 / 231, 12);
    // threat: cai never says yes → p_o = p_e = 12/21 → κ = 0
    expect(anaCai.cohenKappa.byLabel[1]!.kappa).toBe(0);
    // ben vs cai: p_o = 5/21, p_e = (7·12 + 2·9)/441 = 102/441, κ = 3/339
    expect(benCai.cohenKappa.labelSets.kappa).toBeCloseTo(3 / 339, 12);
  });

  it("computes Fleiss' kappa over the three annotators", () => {
    // Runs (ana, ben, cai) with agreeing ordered rater pairs:
    //   [0,3) d d d: 6 · 3   [3,7) d d ∅: 2 · 4   [7,8) ∅ ∅ ∅: 6 · 1
    //   [8,11) ∅ t ∅: 2 · 3  [11,20) t t d: 2 · 9  [20,21) ∅ ∅ ∅: 6 · 1   Σ = 62
    // P̄ = 62 / (21·3·2) = 62/126. Ratings: d 26, ∅ 16, t 21 of 63:
    // P̄_e = (26² + 16² + 21²)/63² = 1373/3969; κ = (1953 − 1373)/(3969 − 1373) = 580/2596
    const fleiss = report.project.fleissKappa!;
    expect(fleiss.total).toBe(21);
    expect(fleiss.observedAgreement).toBeCloseTo(62 / 126, 12);
    expect(fleiss.expectedAgreement).toBeCloseTo(1373 / 3969, 12);
    expect(fleiss.kappa).toBeCloseTo(580 / 2596, 12);
  });

  it('computes α_u per label over the three annotators', () => {
    // demand: δ² sums ana–ben 0, ana–cai 16 + 81 = 97, ben–cai 97 → D_o = 2·194/(3·2·21²)
    // D_e: units 7, 7, 3, 9 (N = 4), gaps 14, 14, 8, 1:
    //   l=7: 3·546/3 + 49·(2 + 8 + 8) = 1428 (twice); l=3: 30 + 9·30 = 300;
    //   l=9: 1224 + 81·12 = 2196. Σ = 5352; denominator 63·62 − 162 = 3744
    const [demand, threat] = report.project.unitizingAlpha.byLabel;
    const demandExpected = (2 / 21) * (5352 / 3744);
    expect(demand!.observedDisagreement).toBeCloseTo(388 / 2646, 12);
    expect(demand!.expectedDisagreement).toBeCloseTo(demandExpected, 12);
    expect(demand!.alpha).toBeCloseTo(1 - 388 / 2646 / demandExpected, 12);
    // threat: δ² ana–ben 3² = 9, ana–cai 9² = 81, ben–cai 12² = 144 → D_o = 2·234/2646
    // D_e: units 9, 12; gaps 11, 1, 8, 1, 21: l=9: 408 + 81·16; l=12: 1012 + 144·10;
    //   Σ = 4156; denominator 3906 − 204 = 3702
    const threatExpected = (2 / 21) * (4156 / 3702);
    expect(threat!.observedDisagreement).toBeCloseTo(468 / 2646, 12);
    expect(threat!.alpha).toBeCloseTo(1 - 468 / 2646 / threatExpected, 12);
    expect(threat!.alpha).toBeCloseTo(-0.654, 3);
  });

  it('builds the label confusion matrix and attribute agreement', () => {
    // ana vs cai: demand–demand on the diagonal; ana's threat [11,20) pairs with cai's demand
    // [11,20) (9 code points) → (threat, demand).
    expect(anaCai.labelConfusion.counts).toEqual([
      [1, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
    // ana vs ben intensity: demand high/high, threat high/low → 1 of 2 agree;
    // p_e = (2·1 + 0·1)/4 = 0.5 → κ = 0.
    expect(anaBen.attributes[0]).toMatchObject({
      attribute: 'intensity',
      comparedPairs: 2,
      agreeingPairs: 1,
      observedAgreement: 0.5,
    });
    expect(anaBen.attributes[0]!.kappa!.kappa).toBe(0);
    // ana vs cai: one matched pair, high/high: agreement 1, but κ is 0/0 (one category) → null.
    expect(anaCai.attributes[0]).toMatchObject({ comparedPairs: 1, observedAgreement: 1 });
    expect(anaCai.attributes[0]!.kappa!.kappa).toBeNull();
  });

  it('reports the same figures for the only document as for the project', () => {
    const { documentId, ...figures } = report.documents[0]!;
    expect(documentId).toBe('pay-now');
    expect(figures).toEqual(report.project);
  });
});

describe('computeAgreementReport, two annotators (docs/agreement.md)', () => {
  const report = computeAgreementReport(input(['ana', 'ben']));

  it('has no Fleiss kappa and computes α_u for the pair', () => {
    expect(report.project.fleissKappa).toBeNull();
    const [demand, threat] = report.project.unitizingAlpha.byLabel;
    // demand identical: D_o = 0; D_e = (2/21)·(2·(182 + 49·16))/(42·41 − 84) = (2/21)·1932/1638
    expect(demand).toMatchObject({ observedDisagreement: 0, alpha: 1 });
    expect(demand!.expectedDisagreement).toBeCloseTo((2 / 21) * (1932 / 1638), 12);
    // threat: D_o = 2·3²/(2·21²) = 18/882; D_e = (2/21)·(651 + 1012)/(1722 − 204)
    const threatExpected = (2 / 21) * (1663 / 1518);
    expect(threat!.observedDisagreement).toBeCloseTo(18 / 882, 12);
    expect(threat!.expectedDisagreement).toBeCloseTo(threatExpected, 12);
    expect(threat!.alpha).toBeCloseTo(0.8044, 4);
    const pooled = 1 - 18 / 882 / ((2 / 21) * (1932 / 1638) + threatExpected);
    expect(report.project.unitizingAlpha.allLabels.alpha).toBeCloseTo(pooled, 12);
    expect(report.project.unitizingAlpha.allLabels.alpha).toBeCloseTo(0.9058, 4);
  });
});

describe('computeAgreementReport, several documents', () => {
  const second: AgreementDocument = {
    id: 'quiet',
    textLength: 9,
    // ben has no file here; ana tagged a demand and a span with a label outside the project.
    annotationsByAnnotator: { ana: [span('demand', 0, 4), span('offer', 5, 9)] },
  };
  const report = computeAgreementReport(input(['ana', 'ben'], [workedExample, second]));

  it('counts a missing file as tagging nothing and adds documents up for the project', () => {
    const quiet = report.documents[1]!;
    expect(quiet.annotators).toEqual([
      { annotator: 'ana', documentsWithAnnotations: 1, spans: 1, ignoredSpans: 1 },
      { annotator: 'ben', documentsWithAnnotations: 0, spans: 0, ignoredSpans: 0 },
    ]);
    const quietPair = quiet.pairs[0]!;
    expect(quietPair.spans.overlap.micro).toMatchObject({ precision: null, recall: 0, f1: 0 });
    // 4 of 9 code points disagree; ben says ∅ everywhere: p_e = 5/9, p_o = 5/9 → κ = 0
    expect(quietPair.cohenKappa.labelSets.kappa).toBe(0);
    expect(quietPair.labelConfusion.counts[0]).toEqual([0, 0, 1]);

    expect(report.project.documentCount).toBe(2);
    expect(report.project.codePoints).toBe(30);
    const projectPair = report.project.pairs[0]!;
    expect(projectPair.spans.overlap.micro).toMatchObject({ firstSpans: 3, secondSpans: 2 });
    // Project table = worked example + (d,∅) 4 + (∅,∅) 5: p_o = 23/30;
    // ana d11 ∅10 t9, ben d7 ∅11 t12: p_e = (77 + 110 + 108)/900 = 295/900
    expect(projectPair.cohenKappa.labelSets.kappa).toBeCloseTo((690 - 295) / (900 - 295), 12);
    expect(report.project.annotators[1]).toMatchObject({ documentsWithAnnotations: 1 });
  });

  it('is plain JSON data', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(report).toMatchObject({
      format: 'parley-agreement-report',
      version: 1,
      annotators: ['ana', 'ben'],
      labels: ['demand', 'threat'],
      attributes: ['intensity'],
    });
  });

  it('is the same report when the documents are added one at a time', () => {
    const { documents, ...settings } = input(['ana', 'ben'], [workedExample, second]);
    const computation = new AgreementComputation(settings);
    computation.addDocument(documents[0]!);
    expect(computation.report().project.documentCount).toBe(1);
    computation.addDocument(documents[1]!);
    expect(computation.report()).toEqual(report);
  });

  it('rejects an annotator or label listed twice', () => {
    expect(() => computeAgreementReport(input(['ana', 'ana']))).toThrow(/listed twice/);
    expect(() =>
      computeAgreementReport({ ...input(['ana']), labels: ['demand', 'demand'] }),
    ).toThrow(/listed twice/);
  });
});

describe('computeAgreementReport, perfect and total disagreement', () => {
  it('gives 1 everywhere when the annotators agree perfectly', () => {
    const same = [span('demand', 0, 7, 'high'), span('threat', 11, 20, 'low')];
    const document = {
      id: 'd',
      textLength: 21,
      annotationsByAnnotator: { a: same, b: same, c: same },
    };
    const { project } = computeAgreementReport(input(['a', 'b', 'c'], [document]));
    for (const pair of project.pairs) {
      expect(pair.spans.exact.micro.f1).toBe(1);
      expect(pair.cohenKappa.labelSets.kappa).toBe(1);
      expect(pair.cohenKappa.byLabel.map((figure) => figure.kappa)).toEqual([1, 1]);
      expect(pair.attributes[0]!.kappa!.kappa).toBe(1);
      expect(pair.labelConfusion.counts).toEqual([
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 0],
      ]);
    }
    expect(project.fleissKappa!.kappa).toBe(1);
    expect(project.unitizingAlpha.byLabel.map((figure) => figure.alpha)).toEqual([1, 1]);
    expect(project.unitizingAlpha.allLabels.alpha).toBe(1);
  });

  it('gives 0 matches and negative chance-corrected figures for complementary tagging', () => {
    // a tags demand on [0,10), b tags demand on [10,20): every code point disagrees.
    const document = {
      id: 'd',
      textLength: 20,
      annotationsByAnnotator: { a: [span('demand', 0, 10)], b: [span('demand', 10, 20)] },
    };
    const { project } = computeAgreementReport(input(['a', 'b'], [document]));
    const pair = project.pairs[0]!;
    expect(pair.spans.overlap.micro).toMatchObject({ matched: 0, precision: 0, recall: 0, f1: 0 });
    // p_o = 0, p_e = 0.5·0.5 + 0.5·0.5 = 0.5 → κ = −1
    expect(pair.cohenKappa.labelSets.kappa).toBe(-1);
    expect(pair.labelConfusion.counts).toEqual([
      [0, 0, 1],
      [0, 0, 0],
      [1, 0, 0],
    ]);
    // δ²: each unit inside the other's gap: 2·(100 + 100)/(2·400) = 0.5;
    // D_e: two units of 10, gaps 10 and 10; per unit (N−1)(2000 − 300 + 10)/3 + 10²·(1 + 1) = 770
    //   D_e = (2/20)·1540/(40·39 − 2·90) = 0.1·1540/1380 = 0.1116; α = 1 − 0.5/0.1116 = −3.48
    expect(project.unitizingAlpha.byLabel[0]!.alpha).toBeCloseTo(
      1 - 0.5 / ((0.1 * 1540) / 1380),
      12,
    );
    expect(project.unitizingAlpha.byLabel[1]!.alpha).toBeNull(); // nobody used "threat"
  });
});
