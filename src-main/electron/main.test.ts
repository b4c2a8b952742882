import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import type { DesktopAppOptions } from './desktopApp';
import type { FakeElectron } from './testing/fakeElectron';

const desktop = vi.hoisted(() => ({
  secondInstance: vi.fn(async () => undefined),
  activate: vi.fn(async () => undefined),
  willQuit: vi.fn(),
}));

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);
vi.mock('./desktopApp', () => ({ DesktopApp: { start: vi.fn(async () => desktop) } }));

/** Loads main.ts afresh, as Electron would at launch; returns the fakes it used. */
async function launch(setUp: (fakes: Fakes) => void = () => undefined) {
  vi.resetModules();
  // The instances main.ts will import, whichever module copies the reset left in place.
  const electron = (await import('electron')) as unknown as FakeElectron;
  const { DesktopApp } = await import('./desktopApp');
  electron.reset();
  const fakes = { electron, start: vi.mocked(DesktopApp.start) };
  setUp(fakes);
  await import('./main');
  return fakes;
}
type Fakes = Awaited<ReturnType<typeof launch>>;

async function started(setUp?: (fakes: Fakes) => void) {
  const fakes = await launch(setUp);
  await vi.waitFor(() => expect(fakes.start).toHaveBeenCalled());
  const options = fakes.start.mock.calls[0]?.[0] as DesktopAppOptions;
  return { ...fakes, options };
}

const originalPlatform = process.platform;

beforeEach(() => {
  desktop.secondInstance.mockClear();
  desktop.activate.mockClear();
  desktop.willQuit.mockClear();
});

afterEach(() => {
  Object.defineProperty(process, 'platform', { value: originalPlatform });
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('main', () => {
  it('sandboxes every renderer and registers the app scheme before the app is ready', async () => {
    const { electron } = await launch();
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app' }),
    ]);
    const registered = electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0];
    const ready = electron.app.whenReady.mock.invocationCallOrder[0];
    expect(registered).toBeLessThan(ready ?? 0);
  });

  it('starts the desktop app once ready, with paths beside the built main file', async () => {
    const { options, electron } = await started((fakes) => {
      fakes.electron.app.paths.set('userData', '/home/ana/.config/Parley');
    });
    expect(electron.app.getPath).toHaveBeenCalledWith('userData');
    expect(options).toMatchObject({
      userDataPath: '/home/ana/.config/Parley',
      rendererRoot: join(import.meta.dirname, '..', 'renderer'),
      preloadPath: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
      bundledSampleProject: join('/fake/app', 'resources', 'sample-project'),
      isDevelopment: true,
      platform: process.platform,
      startupProject: undefined,
    });
    const sample = copySampleProject();
    try {
      const service = await options.openService(sample.path);
      await expect(service.getProject({})).resolves.toMatchObject({ folderName: 'project' });
    } finally {
      sample.remove();
    }
  });

  it('uses the packaged sample and no development tools when packaged', async () => {
    const resourcesPath = join('/opt', 'Parley', 'resources');
    Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true });
    const { options } = await started((fakes) => {
      fakes.electron.app.isPackaged = true;
    });
    expect(options.isDevelopment).toBe(false);
    expect(options.bundledSampleProject).toBe(join(resourcesPath, 'sample-project'));
  });

  it('opens the project named on the command line', async () => {
    const argv = process.argv;
    process.argv = ['electron', '.', '--project=/data/talks'];
    try {
      const { options } = await started();
      expect(options.startupProject).toBe(resolve('/data/talks'));
    } finally {
      process.argv = argv;
    }
  });

  it('honours PARLEY_USER_DATA before taking the single-instance lock', async () => {
    vi.stubEnv('PARLEY_USER_DATA', '/tmp/parley-e2e-user');
    const { electron } = await launch();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', '/tmp/parley-e2e-user');
    expect(electron.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] ?? 0,
    );
  });

  it('leaves userData alone otherwise', async () => {
    vi.stubEnv('PARLEY_USER_DATA', '');
    const { electron } = await launch();
    expect(electron.app.setPath).not.toHaveBeenCalled();
  });

  it('quits at once when another instance holds the lock', async () => {
    const { electron, start } = await launch((fakes) => {
      fakes.electron.app.requestSingleInstanceLock.mockReturnValue(false);
    });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.app.listenerCount('second-instance')).toBe(0);
    expect(start).not.toHaveBeenCalled();
  });

  it('forwards app events to the desktop app once it has started', async () => {
    let ready: () => void = () => undefined;
    const { electron, start } = await launch((fakes) => {
      fakes.electron.app.whenReady.mockReturnValue(
        new Promise<void>((resolve) => (ready = resolve)),
      );
    });
    // Before ready there is no desktop app yet: events are ignored.
    electron.app.emit('second-instance', {}, ['parley'], '/home/ana');
    electron.app.emit('activate');
    electron.app.emit('will-quit', {});
    expect(desktop.secondInstance).not.toHaveBeenCalled();

    ready();
    await vi.waitFor(() => expect(start).toHaveBeenCalled());
    await Promise.resolve();
    electron.app.emit('second-instance', {}, ['parley', '--project=x'], '/home/ana');
    expect(desktop.secondInstance).toHaveBeenCalledWith(['parley', '--project=x'], '/home/ana');
    electron.app.emit('activate');
    expect(desktop.activate).toHaveBeenCalled();

    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(desktop.willQuit).toHaveBeenCalledWith(event, expect.any(Function));
    const quit = desktop.willQuit.mock.calls[0]?.[1] as () => void;
    quit();
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('quits when the last window closes, except on macOS', async () => {
    const { electron } = await started();
    Object.defineProperty(process, 'platform', { value: 'darwin' });
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).not.toHaveBeenCalled();
    Object.defineProperty(process, 'platform', { value: 'win32' });
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalled();
  });

  it('tells the user and exits when the app cannot start', async () => {
    const failure = new Error('userData is read-only');
    let error = vi.fn();
    const { electron } = await launch((fakes) => {
      // After launch's reset, which would undo the spy.
      error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      fakes.start.mockRejectedValueOnce(failure);
    });
    await vi.waitFor(() => expect(electron.app.exit).toHaveBeenCalledWith(1));
    expect(error).toHaveBeenCalledWith('parley: could not start', failure);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Parley could not start',
      'Error: userData is read-only',
    );
  });
});
