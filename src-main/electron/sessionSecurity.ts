import type { Session } from 'electron';
import { isAppUrl } from './appOrigin';
import { withContentSecurityPolicy } from '../services/contentSecurityPolicy';

/** The parts of a session that `secureSession` configures. */
export type SecurableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler'
> & { webRequest: Pick<Session['webRequest'], 'onHeadersReceived'> };

/**
 * Parley needs no camera, location, notifications or the like; the one permission granted is
 * writing plain text to the clipboard, and only to our own page.
 */
export function isPermissionGranted(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

/** Puts our Content-Security-Policy on every response and refuses permission requests. */
export function secureSession(session: SecurableSession): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders ?? {}) });
  });
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionGranted(permission, details.requestingUrl));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin),
  );
}
