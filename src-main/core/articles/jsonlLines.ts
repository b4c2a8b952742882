/** Where one line of a .jsonl file lies in the file's bytes. */
export interface JsonlLine {
  /** 1-based; CRLF, a lone CR and LF each end one line. */
  number: number;
  /** Bytes from the start of the file to the line's first byte. */
  byteOffset: number;
  /** Bytes in the line, its line break left out. */
  byteLength: number;
}

const LF = 0x0a;
const CR = 0x0d;

/**
 * The lines of a .jsonl file, found in its raw bytes exactly where normalizeText followed by
 * split('\n') would find them in its text: after one leading BOM, at CRLF, lone CR and LF.
 * Line break bytes never occur inside a UTF-8 sequence, so the bytes can be split before decoding.
 */
export function jsonlLines(bytes: Uint8Array): JsonlLine[] {
  const lines: JsonlLine[] = [];
  let start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let nextCr = bytes.indexOf(CR, start);
  for (;;) {
    if (nextCr !== -1 && nextCr < start) nextCr = bytes.indexOf(CR, start);
    const nextLf = bytes.indexOf(LF, start);
    let end = nextLf === -1 ? bytes.length : nextLf;
    let breakLength = 1;
    if (nextCr !== -1 && nextCr < end) {
      end = nextCr;
      breakLength = bytes[nextCr + 1] === LF ? 2 : 1;
    }
    lines.push({ number: lines.length + 1, byteOffset: start, byteLength: end - start });
    if (end === bytes.length) return lines;
    start = end + breakLength;
  }
}
