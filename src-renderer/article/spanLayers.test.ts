import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSpanLayers } from './spanLayers';

describe('assignSpanLayers', () => {
  it('puts separate spans on the first layer', () => {
    const layers = assignSpanLayers([
      { id: 'a', start: 0, end: 4 },
      { id: 'b', start: 4, end: 9 },
    ]);
    expect([...layers]).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
  });

  it('draws nested spans one layer deeper per level', () => {
    const layers = assignSpanLayers([
      { id: 'outer', start: 0, end: 20 },
      { id: 'middle', start: 2, end: 15 },
      { id: 'inner', start: 5, end: 8 },
      { id: 'after', start: 16, end: 18 },
    ]);
    expect(layers.get('outer')).toBe(0);
    expect(layers.get('middle')).toBe(1);
    expect(layers.get('inner')).toBe(2);
    expect(layers.get('after')).toBe(1);
  });

  it('separates spans that overlap without nesting and reuses freed layers', () => {
    const layers = assignSpanLayers([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
      { id: 'c', start: 12, end: 20 },
    ]);
    expect(layers.get('a')).toBe(0);
    expect(layers.get('b')).toBe(1);
    expect(layers.get('c')).toBe(0);
  });

  it('gives every span the lowest layer no overlapping earlier span holds', () => {
    const spans = fc
      .array(
        fc
          .tuple(fc.nat(60), fc.integer({ min: 1, max: 30 }))
          .map(([start, length]) => ({ start, end: start + length })),
        { maxLength: 40 },
      )
      .map((list) =>
        list
          .sort((a, b) => a.start - b.start || b.end - a.end)
          .map((span, index) => ({ id: `s${index}`, ...span })),
      );
    fc.assert(
      fc.property(spans, (list) => {
        const layers = assignSpanLayers(list);
        list.forEach((span, index) => {
          const taken = new Set(
            list
              .slice(0, index)
              .filter((earlier) => earlier.end > span.start)
              .map((earlier) => layers.get(earlier.id)),
          );
          let lowest = 0;
          while (taken.has(lowest)) lowest++;
          expect(layers.get(span.id)).toBe(lowest);
        });
      }),
    );
  });
});
