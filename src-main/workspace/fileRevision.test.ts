import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256OfBytes } from '../core/text/sha256';
import { revisionOf } from './fileRevision';

describe('revisionOf', () => {
  it('is the size and the SHA-256 of the bytes, the same digest as core computes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2_000 }), (bytes) => {
        expect(revisionOf(bytes)).toBe(`${bytes.length}:${sha256OfBytes(bytes)}`);
      }),
    );
    expect(revisionOf(new TextEncoder().encode('abc'))).toBe(
      '3:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
