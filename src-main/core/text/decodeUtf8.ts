import { ParleyError } from '../errors';

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 bytes, refusing anything that is not valid UTF-8 or that holds NUL bytes. */
export function decodeUtf8(bytes: Uint8Array, fileName: string): string {
  let text: string;
  try {
    text = strictDecoder.decode(bytes);
  } catch {
    throw new ParleyError(
      fileName,
      'is not valid UTF-8 text (is it a binary file or another encoding?)',
    );
  }
  if (text.includes('\u0000')) {
    throw new ParleyError(fileName, 'contains NUL bytes: it looks like a binary file, not text');
  }
  return text;
}
