import { describe, expect, it } from 'vitest';
import { LabelSetCatalogue } from './labelSetCatalogue';

describe('LabelSetCatalogue', () => {
  it('gives equal sets equal ids whatever the order, and 0 to the empty set', () => {
    const catalogue = new LabelSetCatalogue(4);
    expect(catalogue.idOf([])).toBe(0);
    const demandAndThreat = catalogue.idOf([3, 0]);
    expect(catalogue.idOf([0, 3, 3])).toBe(demandAndThreat);
    expect(catalogue.idOf([0])).not.toBe(demandAndThreat);
    expect(catalogue.labelIndicesOf(demandAndThreat)).toEqual([0, 3]);
    expect(catalogue.contains(demandAndThreat, 3)).toBe(true);
    expect(catalogue.contains(demandAndThreat, 1)).toBe(false);
    expect(() => catalogue.contains(99, 0)).toThrow(RangeError);
  });
});
