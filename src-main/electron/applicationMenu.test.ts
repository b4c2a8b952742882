import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuState } from './applicationMenu';
import { clickMenuItem, findMenuItem, menuItemById, submenuOf } from './testing/menuItems';

function actions(): MenuActions {
  return {
    openProjectFolder: vi.fn(),
    openRecentProject: vi.fn(),
    clearRecentProjects: vi.fn(),
    closeProject: vi.fn(),
    sendCommand: vi.fn(),
  };
}

const linux: MenuState = {
  platform: 'linux',
  isDevelopment: false,
  recentProjects: ['/data/talks', '/data/R&D'],
  hasProject: true,
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    const template = buildMenuTemplate(linux, actions());
    expect(template.map((menu) => menu.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(submenuOf(template[0]).map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Open Project Folder…',
      'Open Recent',
      'separator',
      'Save',
      'separator',
      'Open Annotation Files…',
      'Import Annotations…',
      'Export…',
      'separator',
      'Close Project',
      'separator',
      'quit',
    ]);
  });

  it('puts About and Quit in the app menu on macOS, and adds the Window menu', () => {
    const template = buildMenuTemplate({ ...linux, platform: 'darwin' }, actions());
    expect(template.map((menu) => menu.label ?? menu.role)).toEqual([
      'Parley',
      '&File',
      '&Edit',
      '&View',
      'windowMenu',
      '&Help',
    ]);
    expect(menuItemById(submenuOf(template[0]), 'quit')?.role).toBe('quit');
    expect(menuItemById(submenuOf(template[0]), 'show-about')).toBeDefined();
    expect(menuItemById(submenuOf(template[1]), 'quit')).toBeUndefined();
    expect(menuItemById(submenuOf(template[5]), 'show-about')).toBeUndefined();
  });

  it.each([
    ['save', 'CmdOrCtrl+S'],
    ['undo', 'CmdOrCtrl+Z'],
    ['redo', 'CmdOrCtrl+Shift+Z'],
    ['find', 'CmdOrCtrl+F'],
    ['show-guidelines', 'F1'],
    ['export', 'CmdOrCtrl+E'],
    ['import-annotations', 'CmdOrCtrl+I'],
  ])('shows %s on %s but leaves the key to the page', (id, accelerator) => {
    const item = menuItemById(buildMenuTemplate(linux, actions()), id);
    expect(item).toMatchObject({ accelerator, registerAccelerator: false });
  });

  it.each([
    ['open-project-folder', 'CmdOrCtrl+O'],
    ['close-project', 'CmdOrCtrl+Shift+W'],
    ['toggle-project-panel', 'CmdOrCtrl+B'],
    ['toggle-annotation-panel', 'CmdOrCtrl+Alt+B'],
  ])('binds %s to %s in the menu', (id, accelerator) => {
    const item = menuItemById(buildMenuTemplate(linux, actions()), id);
    expect(item?.accelerator).toBe(accelerator);
    expect(item?.registerAccelerator).toBeUndefined();
  });

  it('zooms with the standard roles and keys', () => {
    const template = buildMenuTemplate(linux, actions());
    for (const [role, accelerator] of [
      ['zoomIn', 'CmdOrCtrl+='],
      ['zoomOut', 'CmdOrCtrl+-'],
      ['resetZoom', 'CmdOrCtrl+0'],
    ]) {
      expect(findMenuItem(template, (item) => item.role === role)?.accelerator).toBe(accelerator);
    }
  });

  it.each([
    'save',
    'undo',
    'redo',
    'find',
    'toggle-theme',
    'toggle-project-panel',
    'toggle-annotation-panel',
    'show-guidelines',
    'show-about',
    'export',
    'import-annotations',
    'open-annotation-files',
    'toggle-review',
  ] as const)('sends %s to the page', (command) => {
    const menuActions = actions();
    clickMenuItem(menuItemById(buildMenuTemplate(linux, menuActions), command));
    expect(menuActions.sendCommand).toHaveBeenCalledWith(command);
  });

  it('wires the File items to the app', () => {
    const menuActions = actions();
    const template = buildMenuTemplate(linux, menuActions);
    clickMenuItem(menuItemById(template, 'open-project-folder'));
    expect(menuActions.openProjectFolder).toHaveBeenCalled();
    clickMenuItem(menuItemById(template, 'close-project'));
    expect(menuActions.closeProject).toHaveBeenCalled();
    clickMenuItem(menuItemById(template, 'clear-recent'));
    expect(menuActions.clearRecentProjects).toHaveBeenCalled();
  });

  it('lists recent projects, most recent first, with "&" shown literally', () => {
    const menuActions = actions();
    const recent = submenuOf(menuItemById(buildMenuTemplate(linux, menuActions), 'open-recent'));
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      'talks — /data/talks',
      'R&&D — /data/R&&D',
      'separator',
      'Clear Recently Opened',
    ]);
    clickMenuItem(recent[1]);
    expect(menuActions.openRecentProject).toHaveBeenCalledWith('/data/R&D');
  });

  it('says when there are no recent projects', () => {
    const recent = submenuOf(
      menuItemById(buildMenuTemplate({ ...linux, recentProjects: [] }, actions()), 'open-recent'),
    );
    expect(recent).toEqual([
      { id: 'no-recent-projects', label: 'No Recent Projects', enabled: false },
    ]);
  });

  it('disables Save and Close Project while no project is open', () => {
    const open = buildMenuTemplate(linux, actions());
    expect(menuItemById(open, 'save')?.enabled).toBe(true);
    const closed = buildMenuTemplate({ ...linux, hasProject: false }, actions());
    expect(menuItemById(closed, 'save')?.enabled).toBe(false);
    expect(menuItemById(closed, 'close-project')?.enabled).toBe(false);
  });

  it('offers Export and the two imports only with a project open', () => {
    for (const id of ['export', 'import-annotations', 'open-annotation-files']) {
      expect(menuItemById(buildMenuTemplate(linux, actions()), id)?.enabled).toBe(true);
      expect(
        menuItemById(buildMenuTemplate({ ...linux, hasProject: false }, actions()), id)?.enabled,
      ).toBe(false);
    }
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (state: MenuState) =>
      submenuOf(menuItemById(buildMenuTemplate(state, actions()), 'view')).map((item) => item.role);
    expect(roles(linux)).not.toContain('reload');
    expect(roles(linux)).not.toContain('toggleDevTools');
    expect(roles({ ...linux, isDevelopment: true })).toEqual(
      expect.arrayContaining(['reload', 'toggleDevTools']),
    );
  });

  it('keeps the clipboard roles for text fields', () => {
    const roles = submenuOf(menuItemById(buildMenuTemplate(linux, actions()), 'edit')).map(
      (item) => item.role,
    );
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });
});
