import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignSpanLayers } from './spanLayers';

describe('assignSpanLayers', () => {
  it('puts separate spans on the first layer', () => {
    const layers = assignSpanLayers([
      { start: 0, end: 4 },
      { start: 4, end: 9 },
    ]);
    expect(layers).toEqual([0, 0]);
  });

  it('draws nested spans one layer deeper per level', () => {
    const layers = assignSpanLayers([
      { start: 0, end: 20 },
      { start: 2, end: 15 },
      { start: 5, end: 8 },
      { start: 16, end: 18 },
    ]);
    expect(layers).toEqual([0, 1, 2, 1]);
  });

  it('separates spans that overlap without nesting and reuses freed layers', () => {
    const layers = assignSpanLayers([
      { start: 0, end: 10 },
      { start: 5, end: 15 },
      { start: 12, end: 20 },
    ]);
    expect(layers).toEqual([0, 1, 0]);
  });

  it('gives every span the lowest layer no overlapping earlier span holds', () => {
    const spans = fc
      .array(
        fc
          .tuple(fc.nat(60), fc.integer({ min: 1, max: 30 }))
          .map(([start, length]) => ({ start, end: start + length })),
        { maxLength: 40 },
      )
      .map((list) => list.sort((a, b) => a.start - b.start || b.end - a.end));
    fc.assert(
      fc.property(spans, (list) => {
        const layers = assignSpanLayers(list);
        list.forEach((span, index) => {
          const taken = new Set(
            list
              .slice(0, index)
              .flatMap((earlier, at) => (earlier.end > span.start ? [layers[at]] : [])),
          );
          let lowest = 0;
          while (taken.has(lowest)) lowest++;
          expect(layers[index]).toBe(lowest);
        });
      }),
    );
  });
});
