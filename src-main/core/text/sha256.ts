import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * Computes the SHA-256 of a text's UTF-8 bytes as 64 lowercase hex characters. `utf8`, when
 * given, is exactly those bytes (the file they were read from): hashing them saves encoding
 * the text again.
 */
export type TextHasher = (text: string, utf8?: Uint8Array) => string;

/** SHA-256 of the UTF-8 bytes of `text` (`utf8` when given), as 64 lowercase hex characters. */
export function sha256OfText(text: string, utf8?: Uint8Array): string {
  return bytesToHex(sha256(utf8 ?? utf8ToBytes(text)));
}

/** SHA-256 of raw bytes, as 64 lowercase hex characters. */
export function sha256OfBytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
