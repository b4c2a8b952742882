const BYTE_ORDER_MARK = '\uFEFF';

/**
 * The only normalization Parley applies to article text: strip one leading BOM and turn
 * CRLF and lone CR into LF. No trimming and no Unicode normalization, so offsets stay
 * meaningful to every other tool that reads the same file.
 */
export function normalizeText(text: string): string {
  const withoutBom = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return withoutBom.replace(/\r\n?/g, '\n');
}
