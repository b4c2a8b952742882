import { describe, expect, it } from 'vitest';
import { ParleyError } from '../errors';
import { MAX_JSON_DEPTH, parseJsonSafely } from './parseJsonSafely';

function problemOf(text: string): string {
  try {
    parseJsonSafely(text, 'f.json');
  } catch (error) {
    expect(error).toBeInstanceOf(ParleyError);
    expect((error as ParleyError).file).toBe('f.json');
    return (error as ParleyError).problem;
  }
  return 'parsed';
}

describe('parseJsonSafely', () => {
  it.each([
    ['{"__proto__": {"polluted": true}}', '__proto__'],
    ['{"a": {"b": [{"constructor": 1}]}}', 'constructor'],
    ['[[{"prototype": null}]]', 'prototype'],
    ['{"\\u005f_proto__": 1}', '__proto__'],
    ['{"ok": 1, "x": {"__pro\\u0074o__": {}}}', '__proto__'],
  ])('refuses a forbidden key anywhere: %s', (text, key) => {
    expect(problemOf(text)).toBe(`the key "${key}" is not allowed in Parley files`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts such words as values and inside longer keys', () => {
    expect(parseJsonSafely('{"__proto__x": "constructor", "a": ["prototype"]}', 'f')).toEqual({
      __proto__x: 'constructor',
      a: ['prototype'],
    });
  });

  it(`refuses nesting past ${MAX_JSON_DEPTH} levels before parsing, brackets in strings aside`, () => {
    const deep = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(problemOf(deep(MAX_JSON_DEPTH))).toBe('parsed');
    expect(problemOf(deep(MAX_JSON_DEPTH + 1))).toMatch(/nested more than 64 levels/);
    expect(problemOf(deep(100_000))).toMatch(/nested more than 64 levels/);
    expect(problemOf(`["${'['.repeat(1000)}\\"${'{'.repeat(1000)}"]`)).toBe('parsed');
  });

  it('names invalid JSON as such', () => {
    expect(problemOf('{"a": 1,')).toMatch(/^is not valid JSON \(/);
    expect(problemOf('\uFEFF{}')).toMatch(/^is not valid JSON \(/);
  });

  it('checks a million-element array in well under a second', () => {
    const text = `{"list": [${'0,'.repeat(1_000_000)}0]}`;
    const began = performance.now();
    parseJsonSafely(text, 'big.json');
    // A reviver took 2 s here; the walk takes about 0.1 s. Loose for busy CI machines.
    expect(performance.now() - began).toBeLessThan(1500);
  });
});
