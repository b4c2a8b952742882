import { BrowserWindow, shell } from 'electron';
import { RENDERER_ENTRY_URL } from './appOrigin';
import { guardNavigation } from './navigationGuard';
import type { WindowBounds } from './settingsSchema';
import { guardUnsavedUnload } from './unloadGuard';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload, out/preload/index.cjs. */
  preloadPath: string;
  bounds?: WindowBounds;
  isDevelopment: boolean;
}

/** Where the window opens: saved bounds, else a default size. */
export function windowGeometry(bounds: WindowBounds | undefined) {
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 720,
    minHeight: 480,
  };
}

/** Creates a window showing app://parley/index.html, with navigation locked down. */
export function createMainWindow(
  options: MainWindowOptions,
  log: (message: string, error: unknown) => void = console.error,
): BrowserWindow {
  // Every security-relevant preference is spelled out, not defaulted, and written here as a
  // literal so that static checks (electronegativity, `npm run security`) can see each one.
  const window = new BrowserWindow({
    ...windowGeometry(options.bounds),
    title: 'Parley',
    // Shown on ready-to-show, so the window never flashes white.
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click on a link would ask for a new window; the open handler denies it, and
      // without auxclick the page never even sees the event.
      disableBlinkFeatures: 'Auxclick',
      devTools: options.isDevelopment,
      // The spell checker downloads dictionaries; Parley is offline.
      spellcheck: false,
    },
  });
  guardNavigation(window.webContents, (url) => shell.openExternal(url), log);
  guardUnsavedUnload(window.webContents, window);
  window.once('ready-to-show', () => {
    if (options.bounds?.maximized) window.maximize();
    window.show();
  });
  window
    .loadURL(RENDERER_ENTRY_URL)
    .catch((error: unknown) => log(`parley: could not load ${RENDERER_ENTRY_URL}`, error));
  return window;
}
