import { PARLEY_METHODS } from '../contract/parleyMethods';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../core/errors';
import { MENU_COMMAND_CHANNEL, type ParleyApi } from '../contract/parleyContract';
import { ProjectService } from '../services/projectService';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { SAMPLE_PROJECT } from '../workspace/testing/temporaryFolder';
import { DesktopApp } from './desktopApp';
import {
  callFromPage,
  clickMenu,
  fakeService,
  latestMenu,
  onlyWindow,
  recentItems,
  sentCommands,
  useDesktopHarness,
} from './testing/desktopHarness';
import { FakeBrowserWindow, fakeElectron, fakeEvent } from './testing/fakeElectron';
import { clickMenuItem, menuItemById } from './testing/menuItems';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

const { folder, userData, projectFolder, writeSettings, savedSettings, options } =
  useDesktopHarness();

describe('DesktopApp.start', () => {
  it('secures the session, serves the renderer and registers the contract handlers', async () => {
    writeSettings({ sampleProjectInstalled: true });
    await DesktopApp.start(options());
    const { defaultSession } = fakeElectron.session;
    expect(defaultSession.webRequest.onHeadersReceived).toHaveBeenCalledTimes(1);
    expect(defaultSession.setPermissionRequestHandler).toHaveBeenCalledTimes(1);
    expect(fakeElectron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect([...fakeElectron.ipcMain.handlers.keys()].sort()).toEqual(
      PARLEY_METHODS.map((method) => `parley:${method}`).sort(),
    );
    expect(fakeElectron.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(onlyWindow().loadURL).toHaveBeenCalledWith('app://parley/index.html');
  });

  it('on the very first start, copies the bundled sample into userData() and opens it', async () => {
    const bundledBefore = readdirSync(SAMPLE_PROJECT, { recursive: true }).sort();
    await DesktopApp.start(
      options({ openService: (root) => ProjectService.open(nodeFileSystem, root) }),
    );
    const copy = join(userData(), 'sample-project');
    expect(readdirSync(copy, { recursive: true }).sort()).toEqual(bundledBefore);
    expect(readdirSync(SAMPLE_PROJECT, { recursive: true }).sort()).toEqual(bundledBefore);

    const window = onlyWindow();
    expect(sentCommands(window)).toEqual(['project-changed']);
    const result = await callFromPage(window, 'getProject');
    expect(result).toMatchObject({ ok: true, value: { folderName: 'sample-project' } });
    expect(menuItemById(latestMenu(), 'save')?.enabled).toBe(true);
    await vi.waitFor(() =>
      expect(savedSettings()).toEqual({
        version: 1,
        lastProject: copy,
        recentProjects: [copy],
        sampleProjectInstalled: true,
      }),
    );
  });

  it('copies the sample only once', async () => {
    writeSettings({ sampleProjectInstalled: true });
    await DesktopApp.start(options());
    expect(existsSync(join(userData(), 'sample-project'))).toBe(false);
    const window = onlyWindow();
    expect(sentCommands(window)).toEqual([]);
    await expect(callFromPage(window, 'getProject')).resolves.toEqual({
      ok: false,
      error: { message: 'No project is open', code: 'no-project' },
    });
    expect(menuItemById(latestMenu(), 'save')?.enabled).toBe(false);
  });

  it('logs and opens nothing when the sample cannot be copied, to try again next time', async () => {
    const log = vi.fn();
    await DesktopApp.start(options({ bundledSampleProject: join(folder(), 'missing'), log }));
    expect(log).toHaveBeenCalledWith(
      'parley: could not copy the sample project',
      expect.any(Error),
    );
    expect(sentCommands(onlyWindow())).toEqual([]);
    expect(existsSync(join(userData(), 'settings.json'))).toBe(false);
  });

  it('reopens the last project', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, recentProjects: [talks], sampleProjectInstalled: true });
    const openService = vi.fn(async (root: string) => fakeService(root));
    await DesktopApp.start(options({ openService }));
    expect(openService).toHaveBeenCalledWith(talks);
    await expect(callFromPage(onlyWindow(), 'getProject')).resolves.toEqual({
      ok: true,
      value: { name: talks },
    });
  });

  it('opens the project named on the command line instead', async () => {
    const talks = projectFolder('talks');
    const other = projectFolder('other');
    writeSettings({ lastProject: talks, sampleProjectInstalled: true });
    const openService = vi.fn(async (root: string) => fakeService(root));
    await DesktopApp.start(options({ openService, startupProject: other }));
    expect(openService.mock.calls).toEqual([[other]]);
  });

  it('restores the saved window bounds', async () => {
    writeSettings({
      sampleProjectInstalled: true,
      windowBounds: { x: 200, y: 100, width: 900, height: 650, maximized: false },
    });
    await DesktopApp.start(options());
    expect(onlyWindow().options).toMatchObject({ x: 200, y: 100, width: 900, height: 650 });
  });

  it('shows why a project could not be opened: a ParleyError as it is', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, sampleProjectInstalled: true });
    const log = vi.fn();
    const openService = async () => {
      throw new ParleyError('parley.json', 'is not valid JSON');
    };
    await DesktopApp.start(options({ openService, log }));
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledWith(onlyWindow(), {
      type: 'error',
      message: `Parley could not open the project folder ${talks}`,
      detail: 'parley.json: is not valid JSON',
      buttons: ['OK'],
    });
    expect(log).not.toHaveBeenCalled();
    expect(sentCommands(onlyWindow())).toEqual([]);
  });

  it('shows why a project could not be opened: anything else as a pointer to the log', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, sampleProjectInstalled: true });
    const log = vi.fn();
    const failure = new RangeError('bug');
    await DesktopApp.start(
      options({
        openService: async () => {
          throw failure;
        },
        log,
      }),
    );
    expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledWith(
      onlyWindow(),
      expect.objectContaining({ detail: 'Details are in the log.' }),
    );
    expect(log).toHaveBeenCalledWith(
      `parley: Parley could not open the project folder ${talks}`,
      failure,
    );
  });
});

describe('windows', () => {
  it('saves the bounds when the window closes, and forgets the window', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, sampleProjectInstalled: true });
    await DesktopApp.start(options());
    const window = onlyWindow();
    window.maximized = true;
    window.close();
    await vi.waitFor(() =>
      expect(savedSettings()).toMatchObject({
        lastProject: talks,
        windowBounds: { x: 40, y: 30, width: 1100, height: 700, maximized: true },
      }),
    );
    await expect(callFromPage(window, 'getProject')).resolves.toMatchObject({
      error: { code: 'untrusted-sender' },
    });
    clickMenu('save');
    expect(window.webContents.send).not.toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'save');
  });

  it('activate opens a new window with the last project when none is open (macOS)', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, sampleProjectInstalled: true });
    const openService = vi.fn(async (root: string) => fakeService(root));
    const desktop = await DesktopApp.start(options({ openService, platform: 'darwin' }));
    await desktop.activate();
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    FakeBrowserWindow.instances[0]?.close();
    await desktop.activate();
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(openService).toHaveBeenCalledTimes(2);
    const second = FakeBrowserWindow.instances[1] as FakeBrowserWindow;
    await expect(callFromPage(second, 'getProject')).resolves.toEqual({
      ok: true,
      value: { name: talks },
    });
  });

  it('menu actions with no window open one first (macOS)', async () => {
    const talks = projectFolder('talks');
    writeSettings({ recentProjects: [talks], sampleProjectInstalled: true });
    await DesktopApp.start(options({ platform: 'darwin' }));
    onlyWindow().close();
    clickMenu('close-project');
    clickMenu('save');
    expect(FakeBrowserWindow.instances).toHaveLength(1);

    clickMenuItem(recentItems()[0]);
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(2));
    const second = FakeBrowserWindow.instances[1] as FakeBrowserWindow;
    await vi.waitFor(() => expect(sentCommands(second)).toEqual(['project-changed']));

    second.close();
    clickMenu('open-project-folder');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(3));
  });

  it('forgets a project whose window closed while it was opening', async () => {
    const talks = projectFolder('talks');
    writeSettings({ sampleProjectInstalled: true });
    let finishOpening: (service: ParleyApi) => void = () => undefined;
    const openService = vi.fn(() => new Promise<ParleyApi>((resolve) => (finishOpening = resolve)));
    const desktop = await DesktopApp.start(options({ openService }));
    const window = onlyWindow();
    const opening = desktop.secondInstance(['parley', `--project=${talks}`], folder());
    window.close();
    finishOpening(fakeService(talks));
    await opening;
    expect(sentCommands(window)).toEqual([]);
    const quit = vi.fn();
    desktop.willQuit(fakeEvent(), quit);
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    expect(savedSettings()).not.toHaveProperty('lastProject');
    expect(savedSettings()).toMatchObject({ recentProjects: [] });
  });

  it('a second launch focuses the window and opens the project it names', async () => {
    const talks = projectFolder('talks');
    writeSettings({ sampleProjectInstalled: true });
    const desktop = await DesktopApp.start(options());
    const window = onlyWindow();
    window.minimized = true;
    await desktop.secondInstance(['parley'], folder());
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(sentCommands(window)).toEqual([]);

    window.minimized = false;
    await desktop.secondInstance(['parley', '--project=talks'], folder());
    expect(window.restore).toHaveBeenCalledTimes(1);
    await expect(callFromPage(window, 'getProject')).resolves.toEqual({
      ok: true,
      value: { name: talks },
    });
  });

  it('a second launch with no window open opens one (macOS)', async () => {
    const talks = projectFolder('talks');
    writeSettings({ sampleProjectInstalled: true });
    const desktop = await DesktopApp.start(options({ platform: 'darwin' }));
    onlyWindow().close();
    await desktop.secondInstance(['parley', `--project=${talks}`], folder());
    const second = FakeBrowserWindow.instances[1] as FakeBrowserWindow;
    expect(sentCommands(second)).toEqual(['project-changed']);
  });
});

describe('quitting', () => {
  it('waits until the settings are saved, then quits once', async () => {
    writeSettings({ sampleProjectInstalled: true });
    const desktop = await DesktopApp.start(options());
    onlyWindow().close();
    const quit = vi.fn();
    const event = fakeEvent();
    desktop.willQuit(event, quit);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledTimes(1));
    expect(savedSettings()).toHaveProperty('windowBounds');

    const again = fakeEvent();
    desktop.willQuit(again, quit);
    expect(again.preventDefault).not.toHaveBeenCalled();
    expect(quit).toHaveBeenCalledTimes(1);
  });
});
