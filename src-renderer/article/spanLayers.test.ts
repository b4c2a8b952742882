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
});
