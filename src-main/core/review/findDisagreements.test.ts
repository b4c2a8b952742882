import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { extentOfKey, findDisagreements, type ReviewSpan } from './findDisagreements';

function span(id: string, label: string, start: number, end: number, attributes = {}): ReviewSpan {
  return { id, label, start, end, attributes };
}

describe('findDisagreements', () => {
  it('finds one of each kind for two annotators, in text order', () => {
    const items = findDisagreements(['ann', 'ben'], {
      ann: [
        span('a1', 'demand', 0, 7),
        span('a2', 'threat', 10, 20),
        span('a3', 'offer', 30, 40),
        span('a4', 'denial', 50, 60),
      ],
      ben: [span('b1', 'demand', 0, 7), span('b2', 'denial', 10, 20), span('b3', 'offer', 28, 40)],
    });
    expect(items.map((item) => [item.kind, item.start, item.end, item.annotators])).toEqual([
      ['agreed', 0, 7, ['ann', 'ben']],
      ['label-mismatch', 10, 20, ['ann', 'ben']],
      ['boundary-mismatch', 28, 40, ['ann', 'ben']],
      ['only-some', 50, 60, ['ann']],
    ]);
    expect(items[1]!.spans).toEqual({
      ann: [span('a2', 'threat', 10, 20)],
      ben: [span('b2', 'denial', 10, 20)],
    });
    expect(items.map((item) => item.key)).toEqual([
      'agreed:0-7:demand',
      'label-mismatch:10-20:denial+threat',
      'boundary-mismatch:28-40:offer',
      'only-some:50-60:denial',
    ]);
  });

  it('tells attribute mismatches on agreed spans apart', () => {
    const [item] = findDisagreements(['ann', 'ben'], {
      ann: [span('a', 'threat', 3, 9, { intensity: 'high' })],
      ben: [span('b', 'threat', 3, 9, { intensity: 'low' })],
    });
    expect(item!.kind).toBe('attribute-mismatch');
  });

  it('treats an empty attribute value as no value', () => {
    const [item] = findDisagreements(['ann', 'ben'], {
      ann: [span('a', 'threat', 3, 9, { intensity: '' })],
      ben: [span('b', 'threat', 3, 9)],
    });
    expect(item!.kind).toBe('agreed');
  });

  it('groups a chain of overlapping spans into one item', () => {
    const items = findDisagreements(['ann', 'ben'], {
      ann: [span('a1', 'demand', 0, 5), span('a2', 'demand', 8, 12)],
      ben: [span('b1', 'threat', 4, 9)],
    });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'label-and-boundary-mismatch', start: 0, end: 12 });
    expect(items[0]!.spans['ann']).toHaveLength(2);
  });

  it('keeps touching spans apart and needs every annotator for agreement', () => {
    const items = findDisagreements(['ann', 'ben', 'cai'], {
      ann: [span('a1', 'demand', 0, 5), span('a2', 'demand', 5, 9)],
      ben: [span('b1', 'demand', 0, 5)],
      cai: [],
    });
    expect(items.map((item) => [item.kind, item.start, item.annotators])).toEqual([
      ['only-some', 0, ['ann', 'ben']],
      ['only-some', 5, ['ann']],
    ]);
  });

  it('keeps duplicate spans of one annotator in one item', () => {
    const items = findDisagreements(['ann', 'ben'], {
      ann: [span('a1', 'demand', 0, 5), span('a2', 'demand', 0, 5)],
      ben: [],
    });
    expect(items.map((item) => item.key)).toEqual(['only-some:0-5:demand']);
    expect(items[0]!.spans['ann']).toHaveLength(2);
  });

  it('returns nothing for no spans', () => {
    expect(findDisagreements(['ann', 'ben'], {})).toEqual([]);
  });

  it.each([
    ['label-mismatch:1301-1329:denial+threat', { start: 1301, end: 1329 }],
    ['only-some:0-5:demand#2', { start: 0, end: 5 }],
    ['agreed:7-7:demand', undefined],
    ['by hand', undefined],
    ['only-some:99999999999999999999-99999999999999999999999:demand', undefined],
  ])('reads the extent of the key %s', (key, extent) => {
    expect(extentOfKey(key)).toEqual(extent);
  });

  it('lists items by start then end, no two with one extent, whatever the spans (property)', () => {
    // Few positions and labels, so that spans overlap, nest and repeat.
    const reviewSpan = fc
      .record({
        label: fc.constantFrom('demand', 'threat'),
        start: fc.integer({ min: 0, max: 6 }),
        length: fc.integer({ min: 1, max: 4 }),
      })
      .map(({ label, start, length }) => ({ label, start, end: start + length }));
    const annotatorSpans = fc.array(reviewSpan, { maxLength: 5 });
    fc.assert(
      fc.property(annotatorSpans, annotatorSpans, annotatorSpans, (...lists) => {
        const annotators = ['ann', 'ben', 'cai'];
        const spans = Object.fromEntries(
          annotators.map((annotator, index) => [
            annotator,
            lists[index]!.map((each, position) =>
              span(`${annotator}${position}`, each.label, each.start, each.end),
            ),
          ]),
        );
        const items = findDisagreements(annotators, spans);
        for (let index = 1; index < items.length; index++) {
          const [before, after] = [items[index - 1]!, items[index]!];
          expect(before.start - after.start || before.end - after.end).toBeLessThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
