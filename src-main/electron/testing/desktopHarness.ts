/** A temp userData, fake Electron and helpers for driving a DesktopApp in tests. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, expect, vi } from 'vitest';
import { MENU_COMMAND_CHANNEL, channelFor, type ParleyApi } from '../../contract/parleyContract';
import { nodeFileSystem } from '../../workspace/nodeFileSystem';
import { SAMPLE_PROJECT, createTemporaryFolder } from '../../workspace/testing/temporaryFolder';
import type { DesktopAppOptions } from '../desktopApp';
import { FakeBrowserWindow, fakeElectron, resetFakeElectron } from './fakeElectron';
import { fakeParleyApi } from './fakeParleyApi';
import { clickMenuItem, menuItemById, submenuOf } from './menuItems';

/** A service that answers getProject with the folder it was opened on. */
export function fakeService(root: string): ParleyApi {
  return fakeParleyApi({ getProject: async () => ({ name: root }) as never });
}

export function onlyWindow(): FakeBrowserWindow {
  expect(FakeBrowserWindow.instances).toHaveLength(1);
  return FakeBrowserWindow.instances[0] as FakeBrowserWindow;
}

export function latestMenu(): MenuItemConstructorOptions[] {
  const calls = fakeElectron.Menu.buildFromTemplate.mock.calls;
  return calls[calls.length - 1]?.[0] as MenuItemConstructorOptions[];
}

export function recentItems(): MenuItemConstructorOptions[] {
  return submenuOf(menuItemById(latestMenu(), 'open-recent'));
}

export function clickMenu(id: string): void {
  clickMenuItem(menuItemById(latestMenu(), id));
}

/** Calls a contract method as the page in `window` would, through the registered handler. */
export function callFromPage(window: FakeBrowserWindow, method: 'getProject', input: unknown = {}) {
  const handler = fakeElectron.ipcMain.handlers.get(channelFor(method));
  return handler?.(
    { sender: window.webContents, senderFrame: window.webContents.mainFrame },
    input,
  );
}

/** The menu commands sent to the window's page, in order. */
export function sentCommands(window: FakeBrowserWindow): unknown[] {
  return window.webContents.send.mock.calls
    .filter(([channel]) => channel === MENU_COMMAND_CHANNEL)
    .map(([, command]) => command);
}

/** Registers hooks for a fresh temp folder and fake Electron per test; returns the helpers. */
export function useDesktopHarness() {
  let folder = { path: '', remove: (): void => undefined };
  beforeEach(() => {
    resetFakeElectron();
    folder = createTemporaryFolder();
  });
  afterEach(async () => {
    // Settings are saved in the background; let those writes land before the folder goes.
    await new Promise((resolve) => setTimeout(resolve, 50));
    folder.remove();
  });
  const userData = () => join(folder.path, 'userData');
  return {
    folder: () => folder.path,
    userData,
    /** A project folder on disk (its contents do not matter to the fake service). */
    projectFolder(name: string): string {
      const path = join(folder.path, name);
      mkdirSync(path, { recursive: true });
      return path;
    },
    writeSettings(settings: object): void {
      mkdirSync(userData(), { recursive: true });
      writeFileSync(join(userData(), 'settings.json'), JSON.stringify({ version: 1, ...settings }));
    },
    savedSettings(): Record<string, unknown> {
      return JSON.parse(readFileSync(join(userData(), 'settings.json'), 'utf8')) as Record<
        string,
        unknown
      >;
    },
    options(overrides: Partial<DesktopAppOptions> = {}): DesktopAppOptions {
      return {
        userDataPath: userData(),
        rendererRoot: join(folder.path, 'renderer'),
        preloadPath: '/app/out/preload/index.cjs',
        bundledSampleProject: SAMPLE_PROJECT,
        isDevelopment: false,
        platform: 'linux',
        fileSystem: nodeFileSystem,
        openService: vi.fn(async (root: string) => fakeService(root)),
        log: vi.fn(),
        ...overrides,
      };
    },
  };
}
