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
});
