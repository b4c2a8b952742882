import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AgreementDocument, AgreementInput, AgreementSpan } from './agreementInput';
import { computeAgreementReport } from './computeAgreementReport';

const span = (label: string, start: number, end: number): AgreementSpan => ({ label, start, end });
const input = (annotators: string[], documents: AgreementDocument[]): AgreementInput => ({
  documents,
  annotators,
  labels: ['demand', 'threat'],
  attributes: [{ id: 'intensity', type: 'choice', choices: ['low', 'high'] }],
});

/** Cohen's kappa the slow way: one category string per code point, for comparison. */
function naiveLabelSetKappa(document: AgreementDocument, first: string, second: string) {
  const setAt = (annotator: string, position: number) =>
    JSON.stringify(
      [
        ...new Set(
          (document.annotationsByAnnotator[annotator] ?? [])
            .filter((s) => s.start <= position && position < s.end)
            .map((s) => s.label),
        ),
      ].sort(),
    );
  const counts = new Map<string, number>();
  const firstCounts = new Map<string, number>();
  const secondCounts = new Map<string, number>();
  let agreeing = 0;
  for (let position = 0; position < document.textLength; position++) {
    const a = setAt(first, position);
    const b = setAt(second, position);
    if (a === b) agreeing++;
    firstCounts.set(a, (firstCounts.get(a) ?? 0) + 1);
    secondCounts.set(b, (secondCounts.get(b) ?? 0) + 1);
    counts.set(`${a}|${b}`, (counts.get(`${a}|${b}`) ?? 0) + 1);
  }
  const n = document.textLength;
  let expected = 0;
  for (const [category, count] of firstCounts)
    expected += (count / n) * ((secondCounts.get(category) ?? 0) / n);
  return expected >= 1 ? null : (agreeing / n - expected) / (1 - expected);
}

const documentArbitrary = fc.integer({ min: 1, max: 40 }).chain((textLength) => {
  const spans = fc.array(
    fc
      .tuple(
        fc.constantFrom('demand', 'threat'),
        fc.integer({ min: 0, max: textLength - 1 }),
        fc.integer({ min: 1, max: 10 }),
      )
      .map(([label, start, length]) => span(label, start, Math.min(textLength, start + length))),
    { maxLength: 6 },
  );
  return fc.record({
    id: fc.constant('d'),
    textLength: fc.constant(textLength),
    annotationsByAnnotator: fc.record({ a: spans, b: spans }),
  });
});

describe('computeAgreementReport, properties', () => {
  it("matches a per-code-point Cohen's kappa", () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const kappa = computeAgreementReport(input(['a', 'b'], [document])).project.pairs[0]!
          .cohenKappa.labelSets.kappa;
        const naive = naiveLabelSetKappa(document, 'a', 'b');
        if (naive === null) expect(kappa).toBeNull();
        else expect(kappa).toBeCloseTo(naive, 10);
      }),
    );
  });

  it('gives 1 against oneself whenever code points fall in more than one label set', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const spans = document.annotationsByAnnotator.a;
        const self = { ...document, annotationsByAnnotator: { a: spans, b: spans } };
        const pair = computeAgreementReport(input(['a', 'b'], [self])).project.pairs[0]!;
        const labelSets = new Set(
          range(0, document.textLength).map((position) =>
            [
              ...new Set(
                spans.filter((s) => s.start <= position && position < s.end).map((s) => s.label),
              ),
            ]
              .sort()
              .join('+'),
          ),
        );
        const varied = labelSets.size > 1;
        expect(pair.cohenKappa.labelSets.kappa).toBe(varied ? 1 : null);
        if (spans.length > 0) expect(pair.spans.overlap.micro.f1).toBe(1);
      }),
    );
  });

  it('swapping the pair swaps precision and recall and keeps F1, kappa and confusion transposed', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const forward = computeAgreementReport(input(['a', 'b'], [document])).project.pairs[0]!;
        const backward = computeAgreementReport(input(['b', 'a'], [document])).project.pairs[0]!;
        for (const mode of ['exact', 'overlap'] as const) {
          const f = forward.spans[mode].micro;
          const b = backward.spans[mode].micro;
          expect([b.precision, b.recall, b.f1]).toEqual([f.recall, f.precision, f.f1]);
        }
        const kappa = forward.cohenKappa.labelSets.kappa;
        if (kappa === null) expect(backward.cohenKappa.labelSets.kappa).toBeNull();
        else expect(backward.cohenKappa.labelSets.kappa).toBeCloseTo(kappa, 12);
        const transposed = forward.labelConfusion.counts.map((_, column) =>
          forward.labelConfusion.counts.map((row) => row[column]),
        );
        expect(backward.labelConfusion.counts).toEqual(transposed);
      }),
    );
  });

  it('keeps every figure within its bounds', () => {
    fc.assert(
      fc.property(documentArbitrary, (document) => {
        const { project } = computeAgreementReport(input(['a', 'b'], [document]));
        const pair = project.pairs[0]!;
        const proportions = [
          ...(['exact', 'overlap'] as const).flatMap((mode) =>
            [pair.spans[mode].micro, ...pair.spans[mode].byLabel].flatMap((s) => [
              s.precision,
              s.recall,
              s.f1,
            ]),
          ),
          pair.cohenKappa.labelSets.observedAgreement,
          pair.attributes[0]!.observedAgreement,
        ];
        for (const value of proportions)
          if (value !== null) expect(value).toBeGreaterThanOrEqual(0);
        for (const value of proportions) if (value !== null) expect(value).toBeLessThanOrEqual(1);
        for (const figure of [pair.cohenKappa.labelSets, ...pair.cohenKappa.byLabel]) {
          if (figure.kappa === null) continue;
          expect(figure.kappa).toBeGreaterThanOrEqual(-1 - 1e-9);
          expect(figure.kappa).toBeLessThanOrEqual(1 + 1e-9);
        }
        for (const figure of project.unitizingAlpha.byLabel) {
          if (figure.alpha !== null) expect(figure.alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });
});

function range(start: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - start) }, (_, index) => start + index);
}
