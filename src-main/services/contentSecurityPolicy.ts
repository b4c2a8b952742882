/**
 * The Content-Security-Policy every response in the app carries, on top of the meta tag in
 * src-renderer/index.html (both apply, so this one may only be stricter). Scripts come only
 * from our own origin (no eval, no inline), nothing from the network, no frames, no plugins.
 * Styles allow inline style attributes because ProseMirror sets them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'none'",
  "media-src 'none'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** `headers` with any Content-Security-Policy (in any letter case) replaced by ours. */
export function withContentSecurityPolicy(
  headers: Record<string, string | string[]>,
): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}
