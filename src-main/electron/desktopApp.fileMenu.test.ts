import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DesktopApp, type DesktopAppOptions } from './desktopApp';
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
import { fakeElectron } from './testing/fakeElectron';
import { clickMenuItem, menuItemById } from './testing/menuItems';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

const { folder, projectFolder, writeSettings, savedSettings, options } = useDesktopHarness();

describe('the File menu', () => {
  async function started(overrides: Partial<DesktopAppOptions> = {}) {
    writeSettings({ sampleProjectInstalled: true });
    const desktop = await DesktopApp.start(options(overrides));
    return { desktop, window: onlyWindow() };
  }

  it('Open Project Folder… opens the chosen folder, remembers it and tells the page', async () => {
    const talks = projectFolder('talks');
    const { window } = await started();
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [talks],
    });
    clickMenu('open-project-folder');
    await vi.waitFor(() => expect(sentCommands(window)).toEqual(['project-changed']));
    expect(fakeElectron.dialog.showOpenDialog).toHaveBeenCalledWith(window, {
      title: 'Open Project Folder',
      buttonLabel: 'Open Project',
      properties: ['openDirectory', 'createDirectory'],
    });
    await expect(callFromPage(window, 'getProject')).resolves.toEqual({
      ok: true,
      value: { name: talks },
    });
    expect(menuItemById(latestMenu(), 'open-recent')?.submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ label: `talks — ${talks}` })]),
    );
    await vi.waitFor(() =>
      expect(savedSettings()).toMatchObject({ lastProject: talks, recentProjects: [talks] }),
    );
  });

  it('Open Project Folder… does nothing when cancelled', async () => {
    const openService = vi.fn(async (root: string) => fakeService(root));
    const { window } = await started({ openService });
    clickMenu('open-project-folder');
    await vi.waitFor(() => expect(fakeElectron.dialog.showOpenDialog).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(openService).not.toHaveBeenCalled();
    expect(sentCommands(window)).toEqual([]);
  });

  it('logs a menu action that failed', async () => {
    const log = vi.fn();
    await started({ log });
    const failure = new Error('no dialogs today');
    fakeElectron.dialog.showOpenDialog.mockRejectedValueOnce(failure);
    clickMenu('open-project-folder');
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('parley: a menu action failed', failure),
    );
  });

  it('Open Recent opens a folder that exists, and drops one that has gone', async () => {
    const talks = projectFolder('talks');
    const gone = join(folder(), 'gone');
    writeSettings({ recentProjects: [talks], sampleProjectInstalled: true });
    await DesktopApp.start(options());
    const window = onlyWindow();
    const recent = recentItems();
    expect(recent[0]?.label).toBe(`talks — ${talks}`);
    clickMenuItem(recent[0]);
    await vi.waitFor(() => expect(sentCommands(window)).toEqual(['project-changed']));

    mkdirSync(gone);
    fakeElectron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [gone],
    });
    clickMenu('open-project-folder');
    await vi.waitFor(() => expect(sentCommands(window)).toHaveLength(2));
    rmSync(gone, { recursive: true });
    const stale = recentItems();
    expect(stale[0]?.label).toBe(`gone — ${gone}`);
    clickMenuItem(stale[0]);
    await vi.waitFor(() =>
      expect(fakeElectron.dialog.showMessageBox).toHaveBeenCalledWith(window, {
        type: 'error',
        message: `The project folder ${gone} no longer exists`,
        detail: undefined,
        buttons: ['OK'],
      }),
    );
    expect(recentItems()[0]?.label).toBe(`talks — ${talks}`);
  });

  it('Close Project closes it, forgets it as the last project and tells the page', async () => {
    const talks = projectFolder('talks');
    writeSettings({ lastProject: talks, recentProjects: [talks], sampleProjectInstalled: true });
    await DesktopApp.start(options());
    const window = onlyWindow();
    clickMenu('close-project');
    expect(sentCommands(window)).toEqual(['project-changed', 'project-changed']);
    await expect(callFromPage(window, 'getProject')).resolves.toMatchObject({
      error: { code: 'no-project' },
    });
    expect(menuItemById(latestMenu(), 'close-project')?.enabled).toBe(false);
    await vi.waitFor(() =>
      expect(savedSettings()).toEqual({
        version: 1,
        recentProjects: [talks],
        sampleProjectInstalled: true,
      }),
    );
  });

  it('Clear Recently Opened empties the list', async () => {
    const talks = projectFolder('talks');
    writeSettings({ recentProjects: [talks], sampleProjectInstalled: true });
    await DesktopApp.start(options());
    clickMenu('clear-recent');
    expect(menuItemById(latestMenu(), 'no-recent-projects')).toBeDefined();
    await vi.waitFor(() => expect(savedSettings()).toMatchObject({ recentProjects: [] }));
  });

  it('sends page commands to the window', async () => {
    const { window } = await started();
    clickMenu('find');
    clickMenu('toggle-theme');
    expect(sentCommands(window)).toEqual(['find', 'toggle-theme']);
  });
});
