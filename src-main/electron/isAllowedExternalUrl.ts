/**
 * The only links Parley hands to the operating system: well-formed https: URLs without user
 * info or whitespace tricks. Everything else (file:, javascript:, custom schemes that launch
 * other programs) is refused.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (/\s/.test(url) || [...url].some((character) => character < ' ' || character === '\u007f')) {
    return false;
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
}
