import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sha256OfText } from '../core/text/sha256';
import { nodeSha256OfText } from './nodeTextHash';

describe('nodeSha256OfText', () => {
  it('gives the same digest as the portable one on full Unicode text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(nodeSha256OfText(text)).toBe(sha256OfText(text));
      }),
    );
  });

  it('hashes the UTF-8 bytes when given them, to the same digest (property)', () => {
    const encoder = new TextEncoder();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        const utf8 = encoder.encode(text);
        expect(nodeSha256OfText(text, utf8)).toBe(sha256OfText(text));
        expect(sha256OfText(text, utf8)).toBe(sha256OfText(text));
      }),
    );
  });
});
