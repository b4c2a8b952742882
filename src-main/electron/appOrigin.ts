/** The custom scheme the renderer is served from; module scripts do not load over file://. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'parley';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page every window loads. */
export const RENDERER_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** True when `url` is at our own origin, `app://parley` (no port, no user info). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node gives custom schemes an opaque "null" origin, so compare the parts instead.
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
