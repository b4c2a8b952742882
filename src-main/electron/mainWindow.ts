import { BrowserWindow, shell, type BrowserWindowConstructorOptions } from 'electron';
import { RENDERER_ENTRY_URL } from './appOrigin';
import { guardNavigation } from './navigationGuard';
import type { WindowBounds } from './settingsSchema';

export interface MainWindowOptions {
  /** Absolute path of the bundled preload, out/preload/index.cjs. */
  preloadPath: string;
  bounds?: WindowBounds;
  isDevelopment: boolean;
}

/** The window's options; every security-relevant preference is spelled out, not defaulted. */
export function mainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { bounds } = options;
  return {
    width: bounds?.width ?? 1280,
    height: bounds?.height ?? 800,
    x: bounds?.x,
    y: bounds?.y,
    minWidth: 720,
    minHeight: 480,
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
      devTools: options.isDevelopment,
      // The spell checker downloads dictionaries; Parley is offline.
      spellcheck: false,
    },
  };
}

/** Creates a window showing app://parley/index.html, with navigation locked down. */
export function createMainWindow(
  options: MainWindowOptions,
  log: (message: string, error: unknown) => void = console.error,
): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  guardNavigation(window.webContents, (url) => shell.openExternal(url), log);
  window.once('ready-to-show', () => {
    if (options.bounds?.maximized) window.maximize();
    window.show();
  });
  window
    .loadURL(RENDERER_ENTRY_URL)
    .catch((error: unknown) => log(`parley: could not load ${RENDERER_ENTRY_URL}`, error));
  return window;
}
