import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow, windowGeometry } from './mainWindow';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

beforeEach(resetFakeElectron);

describe('the window', () => {
  function preferencesOf(isDevelopment: boolean): Record<string, unknown> {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', isDevelopment });
    const window = FakeBrowserWindow.instances.at(-1);
    return (window?.options.webPreferences ?? {}) as Record<string, unknown>;
  }

  it('isolates and sandboxes the page', () => {
    const preferences = preferencesOf(false);
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and webviews, insecure content, experiments and auxclick off', () => {
    const preferences = preferencesOf(false);
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
    expect(preferences.safeDialogs).toBe(true);
    expect(preferences.spellcheck).toBe(false);
    expect(preferences.disableBlinkFeatures).toBe('Auxclick');
  });

  it('loads the preload it is given and offers devtools only in development', () => {
    const preferences = preferencesOf(false);
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
    expect(preferences.devTools).toBe(false);
    expect(preferencesOf(true).devTools).toBe(true);
  });

  it('uses saved bounds, else a default size, and shows only when ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', isDevelopment: false });
    expect(FakeBrowserWindow.instances[0]?.options).toMatchObject({
      width: 1280,
      height: 800,
      x: undefined,
      show: false,
    });
    expect(windowGeometry({ x: 5, y: 6, width: 900, height: 600, maximized: false })).toMatchObject(
      { x: 5, y: 6, width: 900, height: 600 },
    );
  });
});

describe('createMainWindow', () => {
  it('loads our page, guards navigation, and shows the window when it is ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', isDevelopment: false });
    const [window] = FakeBrowserWindow.instances;
    expect(window?.loadURL).toHaveBeenCalledWith('app://parley/index.html');
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true });
    expect(window?.webContents.listenerCount('will-navigate')).toBe(1);
    expect(window?.webContents.listenerCount('will-prevent-unload')).toBe(1);
    expect(window?.webContents.windowOpenHandler?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(fakeElectron.shell.openExternal).toHaveBeenCalledWith('https://example.org/');
    expect(window?.show).not.toHaveBeenCalled();
    window?.emit('ready-to-show');
    expect(window?.show).toHaveBeenCalled();
    expect(window?.maximize).not.toHaveBeenCalled();
  });

  it('maximizes a window that was maximized', () => {
    createMainWindow({
      preloadPath: '/p.cjs',
      isDevelopment: false,
      bounds: { width: 900, height: 600, maximized: true },
    });
    FakeBrowserWindow.instances[0]?.emit('ready-to-show');
    expect(FakeBrowserWindow.instances[0]?.maximize).toHaveBeenCalled();
  });

  it('logs when the page cannot be loaded', async () => {
    const log = vi.fn();
    const failure = new Error('ERR_FILE_NOT_FOUND');
    FakeBrowserWindow.loadFailure = failure;
    createMainWindow({ preloadPath: '/p.cjs', isDevelopment: false }, log);
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('parley: could not load app://parley/index.html', failure),
    );
  });

  it('logs to the console by default', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    FakeBrowserWindow.loadFailure = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow({ preloadPath: '/p.cjs', isDevelopment: false });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});
