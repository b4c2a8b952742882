import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import type { AgreementSpan } from './agreementInput';
import { prepareDocument } from './preparedDocument';

const labels = new Map([
  ['demand', 0],
  ['threat', 1],
]);

describe('prepareDocument', () => {
  it('accepts full annotations', () => {
    const annotation: Annotation = { id: 'a1', label: 'demand', start: 0, end: 2, text: 'ab' };
    const span: AgreementSpan = annotation;
    expect(span.label).toBe('demand');
  });

  it('clamps to the text, drops unknown labels and empty spans, and sorts', () => {
    const prepared = prepareDocument(
      {
        id: 'd1',
        textLength: 10,
        annotationsByAnnotator: {
          ana: [
            { label: 'threat', start: 4, end: 15 }, // clamped to [4,10)
            { label: 'demand', start: 4, end: 6 },
            { label: 'offer', start: 0, end: 3 }, // unknown label
            { label: 'demand', start: 12, end: 14 }, // nothing left after clamping
            { label: 'demand', start: 3, end: 3 }, // empty
            { label: 'demand', start: 0, end: 2 },
          ],
        },
      },
      ['ana', 'ben', 'constructor'],
      labels,
    );
    expect(prepared.spansByAnnotator[0]!.map((s) => [s.labelIndex, s.start, s.end])).toEqual([
      [0, 0, 2],
      [0, 4, 6],
      [1, 4, 10],
    ]);
    expect(prepared.ignoredSpansByAnnotator).toEqual([3, 0, 0]);
    // ben has no file; "constructor" must not be found on Object.prototype.
    expect(prepared.hasAnnotationsByAnnotator).toEqual([true, false, false]);
    expect(prepared.spansByAnnotator[1]).toEqual([]);
    expect(prepared.spansByAnnotator[2]).toEqual([]);
  });

  it('rejects a negative or fractional text length', () => {
    const document = { id: 'd', textLength: -1, annotationsByAnnotator: {} };
    expect(() => prepareDocument(document, [], labels)).toThrow(RangeError);
    expect(() => prepareDocument({ ...document, textLength: 1.5 }, [], labels)).toThrow(RangeError);
  });
});
