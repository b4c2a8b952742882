import type { WebContents } from 'electron';
import { isAllowedExternalUrl } from './isAllowedExternalUrl';

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * The page never leaves app://parley and never opens windows: every navigation, frame
 * navigation, webview and window.open is refused. A link to an allowed https: URL is handed to
 * the system browser instead.
 */
export function guardNavigation(
  contents: GuardedContents,
  openExternal: (url: string) => Promise<void>,
  log: (message: string, error: unknown) => void = console.error,
): void {
  const openInBrowser = (url: string): void => {
    if (!isAllowedExternalUrl(url)) return;
    openExternal(url).catch((error: unknown) => log(`parley: could not open ${url}`, error));
  };
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    // The main frame is handled above; subframes are forbidden by the CSP, and here too.
    if (!event.isMainFrame) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
}
