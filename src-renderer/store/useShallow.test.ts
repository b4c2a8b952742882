import { describe, expect, it } from 'vitest';
import { shallowEqual } from './useShallow';

describe('shallowEqual', () => {
  const handler = () => undefined;

  it('compares plain objects by their own properties, with Object.is', () => {
    expect(shallowEqual({ a: 1, b: handler }, { b: handler, a: 1 })).toBe(true);
    expect(shallowEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(shallowEqual({ a: 1, b: undefined }, { a: 1 })).toBe(false);
    expect(shallowEqual({ a: {} }, { a: {} })).toBe(false);
    expect(shallowEqual({ a: NaN }, { a: NaN })).toBe(true);
    expect(shallowEqual({ a: 0 }, { a: -0 })).toBe(false);
  });

  it('compares arrays item by item', () => {
    const item = { id: 'x' };
    expect(shallowEqual([item, 2], [item, 2])).toBe(true);
    expect(shallowEqual([item], [{ id: 'x' }])).toBe(false);
    expect(shallowEqual([1, 2], [1])).toBe(false);
    expect(shallowEqual([1], { 0: 1, length: 1 })).toBe(false);
  });

  it('compares Maps and Sets by their entries', () => {
    expect(shallowEqual(new Map([['a', 1]]), new Map([['a', 1]]))).toBe(true);
    expect(shallowEqual(new Set([1, 2]), new Set([1, 3]))).toBe(false);
  });

  it('treats different values and null as unequal, the same value as equal', () => {
    expect(shallowEqual(null, {})).toBe(false);
    expect(shallowEqual('a', 'a')).toBe(true);
    expect(shallowEqual(1, 2)).toBe(false);
  });
});
