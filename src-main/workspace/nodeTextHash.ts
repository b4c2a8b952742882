import { createHash } from 'node:crypto';
import type { TextHasher } from '../core/text/sha256';

/** SHA-256 of a text's UTF-8 bytes with Node's native hashing: the same digest as core's. */
export const nodeSha256OfText: TextHasher = (text, utf8) => {
  const hash = createHash('sha256');
  return (utf8 ? hash.update(utf8) : hash.update(text, 'utf8')).digest('hex');
};
