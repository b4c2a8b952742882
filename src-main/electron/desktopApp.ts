import { BrowserWindow, Menu, dialog, protocol, screen, session } from 'electron';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { MENU_COMMAND_CHANNEL, type MenuCommand } from '../contract/parleyContract';
import { ensureWritableSampleProject } from '../workspace/sampleProject';
import { buildMenuTemplate, type MenuActions } from './applicationMenu';
import { projectFromCommandLine } from './commandLine';
import { registerContractHandlers } from './contractHandlers';
import { createMainWindow } from './mainWindow';
import { OpenProjects, type OpenProjectService } from './openProjects';
import { withRecentProject, withoutRecentProject } from './recentProjects';
import { handleAppProtocol } from './rendererProtocol';
import { sampleProjectCopyPath } from './sampleProject';
import { secureSession } from './sessionSecurity';
import { SettingsStore } from './settingsStore';
import { restorableBounds } from './windowBounds';

export interface DesktopAppOptions {
  userDataPath: string;
  /** The built renderer, out/renderer. */
  rendererRoot: string;
  /** The built preload, out/preload/index.cjs. */
  preloadPath: string;
  /** The read-only sample project shipped with the app. */
  bundledSampleProject: string;
  /** A project named on the command line; opened instead of the last one. */
  startupProject?: string;
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  fileSystem: FileSystem;
  openService: OpenProjectService;
  log: (message: string, error?: unknown) => void;
}

/**
 * The desktop app once Electron is ready: one main window, the project open in it, the menu,
 * and the settings that remember them. main.ts creates it and forwards app events to it.
 */
export class DesktopApp {
  private window: BrowserWindow | undefined;
  private readonly projects: OpenProjects;
  private quitReady = false;

  private readonly menuActions: MenuActions = {
    openProjectFolder: () => this.run(this.openProjectFolder()),
    openRecentProject: (root) => this.run(this.openRecentProject(root)),
    clearRecentProjects: () => this.clearRecentProjects(),
    closeProject: () => this.closeProject(),
    sendCommand: (command) => this.sendCommand(command),
  };

  private constructor(
    private readonly options: DesktopAppOptions,
    private readonly settings: SettingsStore,
  ) {
    this.projects = new OpenProjects(options.openService);
  }

  /** Call once, after `app.whenReady()`. */
  static async start(options: DesktopAppOptions): Promise<DesktopApp> {
    const settings = await SettingsStore.load({
      fileSystem: options.fileSystem,
      folder: options.userDataPath,
      log: options.log,
    });
    const desktop = new DesktopApp(options, settings);
    secureSession(session.defaultSession);
    handleAppProtocol(protocol, options.fileSystem, options.rendererRoot);
    registerContractHandlers({
      isOurWindow: (id) => desktop.window?.webContents.id === id,
      serviceFor: (id) => desktop.projects.serviceFor(id),
      log: options.log,
    });
    desktop.refreshMenu();
    await desktop.showWindow(options.startupProject);
    return desktop;
  }

  /** macOS: clicking the dock icon with no window open opens one again. */
  async activate(): Promise<void> {
    if (this.window === undefined) await this.showWindow();
  }

  /** A second launch of the app brings our window forward, with the project it named. */
  async secondInstance(argv: readonly string[], workingDirectory: string): Promise<void> {
    const requested = projectFromCommandLine(argv, workingDirectory);
    const window = this.window;
    if (window === undefined) {
      await this.showWindow(requested);
      return;
    }
    if (window.isMinimized()) window.restore();
    window.focus();
    if (requested !== undefined) await this.openProject(window, requested);
  }

  /** Holds the quit until queued settings (e.g. the bounds saved on close) are on disk. */
  willQuit(event: { preventDefault(): void }, quit: () => void): void {
    if (this.quitReady) return;
    event.preventDefault();
    void this.settings.flush().then(() => {
      this.quitReady = true;
      quit();
    });
  }

  /** Menu clicks cannot await; a failure they cause is logged rather than left unhandled. */
  private run(task: Promise<void>): void {
    task.catch((error: unknown) => this.options.log('parley: a menu action failed', error));
  }

  private async showWindow(requested?: string): Promise<void> {
    await this.openStartupProject(this.createWindow(), requested);
  }

  private createWindow(): BrowserWindow {
    const workAreas = screen.getAllDisplays().map((display) => display.workArea);
    const window = createMainWindow(
      {
        preloadPath: this.options.preloadPath,
        bounds: restorableBounds(this.settings.current.windowBounds, workAreas),
        isDevelopment: this.options.isDevelopment,
      },
      this.options.log,
    );
    const contentsId = window.webContents.id;
    this.window = window;
    window.on('close', () => {
      const windowBounds = { ...window.getNormalBounds(), maximized: window.isMaximized() };
      void this.settings.update((settings) => ({ ...settings, windowBounds }));
    });
    window.on('closed', () => {
      void this.projects.close(contentsId);
      this.window = undefined;
      this.refreshMenu();
    });
    return window;
  }

  /**
   * The requested project, else the last one; on the very first start, a copy of the bundled
   * sample; else none.
   */
  private async openStartupProject(window: BrowserWindow, requested?: string): Promise<void> {
    const { lastProject, sampleProjectInstalled } = this.settings.current;
    const root = requested ?? lastProject;
    if (root !== undefined) {
      await this.openProject(window, root);
      return;
    }
    if (sampleProjectInstalled) return;
    let sampleRoot: string;
    try {
      sampleRoot = await ensureWritableSampleProject(
        this.options.bundledSampleProject,
        sampleProjectCopyPath(this.options.userDataPath),
      );
    } catch (error) {
      this.options.log('parley: could not copy the sample project', error);
      return;
    }
    void this.settings.update((settings) => ({ ...settings, sampleProjectInstalled: true }));
    await this.openProject(window, sampleRoot);
  }

  /** Opens `root` in the window, remembers it and tells the page; false if it failed. */
  private async openProject(window: BrowserWindow, root: string): Promise<boolean> {
    const contentsId = window.webContents.id;
    try {
      await this.projects.open(contentsId, root);
    } catch (error) {
      await this.showError(window, `Parley could not open the project folder ${root}`, error);
      return false;
    }
    if (window.isDestroyed()) {
      void this.projects.close(contentsId);
      return false;
    }
    void this.settings.update((settings) => ({
      ...settings,
      lastProject: root,
      recentProjects: withRecentProject(settings.recentProjects, root),
    }));
    this.refreshMenu();
    this.sendCommand('project-changed');
    return true;
  }

  private async openProjectFolder(): Promise<void> {
    const window = this.window ?? this.createWindow();
    const choice = await dialog.showOpenDialog(window, {
      title: 'Open Project Folder',
      buttonLabel: 'Open Project',
      properties: ['openDirectory', 'createDirectory'],
    });
    const root = choice.filePaths[0];
    if (choice.canceled || root === undefined) return;
    await this.openProject(window, root);
  }

  private async openRecentProject(root: string): Promise<void> {
    const window = this.window ?? this.createWindow();
    const stat = await this.options.fileSystem.stat(root).catch(() => undefined);
    if (stat?.isDirectory !== true) {
      void this.settings.update((settings) => ({
        ...settings,
        recentProjects: withoutRecentProject(settings.recentProjects, root),
      }));
      this.refreshMenu();
      await this.showError(window, `The project folder ${root} no longer exists`);
      return;
    }
    await this.openProject(window, root);
  }

  private closeProject(): void {
    if (this.window === undefined) return;
    void this.projects.close(this.window.webContents.id);
    void this.settings.update((settings) => ({ ...settings, lastProject: undefined }));
    this.refreshMenu();
    this.sendCommand('project-changed');
  }

  private clearRecentProjects(): void {
    void this.settings.update((settings) => ({ ...settings, recentProjects: [] }));
    this.refreshMenu();
  }

  private sendCommand(command: MenuCommand): void {
    this.window?.webContents.send(MENU_COMMAND_CHANNEL, command);
  }

  private refreshMenu(): void {
    const window = this.window;
    const template = buildMenuTemplate(
      {
        platform: this.options.platform,
        isDevelopment: this.options.isDevelopment,
        recentProjects: this.settings.current.recentProjects,
        hasProject:
          window !== undefined && this.projects.rootFor(window.webContents.id) !== undefined,
      },
      this.menuActions,
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }

  /** ParleyErrors are the analyst's to fix and are shown; anything else is logged. */
  private async showError(window: BrowserWindow, message: string, error?: unknown) {
    let detail: string | undefined;
    if (error instanceof ParleyError) detail = error.message;
    else if (error !== undefined) {
      this.options.log(`parley: ${message}`, error);
      detail = 'Details are in the log.';
    }
    await dialog.showMessageBox(window, { type: 'error', message, detail, buttons: ['OK'] });
  }
}
