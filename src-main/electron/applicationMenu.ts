import { basename } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../contract/parleyContract';

/** What the menu's items do; the app implements these, tests record them. */
export interface MenuActions {
  openProjectFolder(): void;
  openRecentProject(root: string): void;
  clearRecentProjects(): void;
  closeProject(): void;
  /** Sends a command to the page (webContents.send on MENU_COMMAND_CHANNEL). */
  sendCommand(command: MenuCommand): void;
}

export interface MenuState {
  platform: NodeJS.Platform;
  isDevelopment: boolean;
  recentProjects: readonly string[];
  hasProject: boolean;
}

/** Menu labels treat "&" as a mnemonic marker on Windows and Linux. */
function literalLabel(text: string): string {
  return text.replace(/&/g, '&&');
}

function pageCommand(
  label: string,
  command: MenuCommand,
  actions: MenuActions,
  extra: MenuItemConstructorOptions = {},
): MenuItemConstructorOptions {
  return { id: command, label, click: () => actions.sendCommand(command), ...extra };
}

/**
 * Keys the page binds itself (save, undo, redo, find, guidelines): the menu shows them but
 * does not register them, or each press would act twice.
 */
function pageKey(accelerator: string): MenuItemConstructorOptions {
  return { accelerator, registerAccelerator: false };
}

function recentSubmenu(state: MenuState, actions: MenuActions): MenuItemConstructorOptions[] {
  if (state.recentProjects.length === 0) {
    return [{ id: 'no-recent-projects', label: 'No Recent Projects', enabled: false }];
  }
  return [
    ...state.recentProjects.map((root): MenuItemConstructorOptions => ({
      label: literalLabel(`${basename(root)} — ${root}`),
      click: () => actions.openRecentProject(root),
    })),
    { type: 'separator' },
    { id: 'clear-recent', label: 'Clear Recently Opened', click: actions.clearRecentProjects },
  ];
}

/** The application menu as a template, built from data so it can be tested without Electron. */
export function buildMenuTemplate(
  state: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const isMac = state.platform === 'darwin';
  const file: MenuItemConstructorOptions[] = [
    {
      id: 'open-project-folder',
      label: 'Open Project Folder…',
      accelerator: 'CmdOrCtrl+O',
      click: actions.openProjectFolder,
    },
    { id: 'open-recent', label: 'Open Recent', submenu: recentSubmenu(state, actions) },
    { type: 'separator' },
    pageCommand('Save', 'save', actions, { ...pageKey('CmdOrCtrl+S'), enabled: state.hasProject }),
    { type: 'separator' },
    pageCommand('Open Annotation Files…', 'open-annotation-files', actions, {
      enabled: state.hasProject,
    }),
    pageCommand('Import Annotations…', 'import-annotations', actions, {
      ...pageKey('CmdOrCtrl+I'),
      enabled: state.hasProject,
    }),
    pageCommand('Export…', 'export', actions, {
      ...pageKey('CmdOrCtrl+E'),
      enabled: state.hasProject,
    }),
    { type: 'separator' },
    {
      id: 'close-project',
      label: 'Close Project',
      accelerator: 'CmdOrCtrl+Shift+W',
      enabled: state.hasProject,
      click: actions.closeProject,
    },
    // On macOS, Quit lives in the app menu.
    ...(isMac ? [] : [{ type: 'separator' } as const, { id: 'quit', role: 'quit' } as const]),
  ];
  const edit: MenuItemConstructorOptions[] = [
    pageCommand('Undo', 'undo', actions, pageKey('CmdOrCtrl+Z')),
    pageCommand('Redo', 'redo', actions, pageKey('CmdOrCtrl+Shift+Z')),
    { type: 'separator' },
    // Clipboard keys in text fields work through these roles (on macOS only through them).
    { role: 'cut' },
    { role: 'copy' },
    { role: 'paste' },
    { role: 'selectAll' },
    { type: 'separator' },
    pageCommand('Find', 'find', actions, pageKey('CmdOrCtrl+F')),
  ];
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { type: 'separator' },
    pageCommand('Toggle Light/Dark Theme', 'toggle-theme', actions),
    pageCommand('Toggle Project Panel', 'toggle-project-panel', actions, {
      accelerator: 'CmdOrCtrl+B',
    }),
    pageCommand('Toggle Annotation Panel', 'toggle-annotation-panel', actions, {
      accelerator: 'CmdOrCtrl+Alt+B',
    }),
    { type: 'separator' },
    pageCommand('Review and Adjudicate', 'toggle-review', actions),
    { type: 'separator' },
    { role: 'togglefullscreen' },
    ...(state.isDevelopment
      ? [
          { type: 'separator' } as const,
          { role: 'reload' } as const,
          { role: 'toggleDevTools' } as const,
        ]
      : []),
  ];
  const help: MenuItemConstructorOptions[] = [
    pageCommand('Labelling Guidelines', 'show-guidelines', actions, pageKey('F1')),
    // On macOS, About lives in the app menu.
    ...(isMac ? [] : [pageCommand('About Parley', 'show-about', actions)]),
  ];
  const appMenu: MenuItemConstructorOptions = {
    label: 'Parley',
    submenu: [
      pageCommand('About Parley', 'show-about', actions),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { id: 'quit', role: 'quit' },
    ],
  };
  return [
    ...(isMac ? [appMenu] : []),
    { id: 'file', label: '&File', submenu: file },
    { id: 'edit', label: '&Edit', submenu: edit },
    { id: 'view', label: '&View', submenu: view },
    ...(isMac ? [{ id: 'window', role: 'windowMenu' } as const] : []),
    { id: 'help', label: '&Help', role: 'help', submenu: help },
  ];
}
