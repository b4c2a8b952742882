/**
 * Small stand-ins for the Electron APIs the shell uses, for `vi.mock('electron', ...)`: the
 * Electron binary is not available where the unit tests run. Each fake records what the shell
 * did with it and lets a test fire the events Electron would.
 */
import { vi } from 'vitest';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of any Electron event
type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  private readonly listeners = new Map<string, Listener[]>();

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }

  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    };
    return this.on(event, wrapped);
  }

  removeListener(event: string, listener: Listener): this {
    this.listeners.set(
      event,
      (this.listeners.get(event) ?? []).filter((candidate) => candidate !== listener),
    );
    return this;
  }

  removeAllListeners(): this {
    this.listeners.clear();
    return this;
  }

  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }

  /** Calls the listeners as Electron would; returns what they returned. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return [...(this.listeners.get(event) ?? [])].map((listener) => listener(...args));
  }
}

/** An event with preventDefault, as Electron passes to will-navigate and friends. */
export function fakeEvent<T extends object>(fields: T = {} as T) {
  return { ...fields, defaultPrevented: false, preventDefault: vi.fn() };
}

let nextId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextId++;
  readonly mainFrame = { frameTreeNodeId: this.id * 1000, url: 'app://parley/index.html' };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly send = vi.fn();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static instances: FakeBrowserWindow[] = [];
  /** When set, the next window's loadURL rejects with it. */
  static loadFailure: Error | undefined;
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  maximized = false;
  readonly loadURL = vi.fn(async (_url: string): Promise<void> => {
    const failure = FakeBrowserWindow.loadFailure;
    FakeBrowserWindow.loadFailure = undefined;
    if (failure) throw failure;
  });
  readonly show = vi.fn();
  readonly maximize = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  normalBounds = { x: 40, y: 30, width: 1100, height: 700 };

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed = (): boolean => this.destroyed;
  isMinimized = (): boolean => this.minimized;
  isMaximized = (): boolean => this.maximized;
  getNormalBounds = () => this.normalBounds;

  /** What Electron does when the user closes the window. */
  close(): void {
    this.emit('close', fakeEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}

class FakeApp extends FakeEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  readonly getPath = vi.fn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  readonly setPath = vi.fn((name: string, path: string) => void this.paths.set(name, path));
  readonly getAppPath = vi.fn(() => '/fake/app');
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly enableSandbox = vi.fn();
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly whenReady = vi.fn(() => Promise.resolve());
}

type IpcHandler = (event: unknown, ...args: unknown[]) => unknown;

function createFakeElectron() {
  const ipcHandlers = new Map<string, IpcHandler>();
  const app = new FakeApp();
  const ipcRenderer = Object.assign(new FakeEmitter(), {
    invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => undefined),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    ipcMain: {
      handlers: ipcHandlers,
      handle: vi.fn((channel: string, handler: IpcHandler) => {
        if (ipcHandlers.has(channel)) throw new Error(`a handler for ${channel} exists`);
        ipcHandlers.set(channel, handler);
      }),
    },
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showMessageBox: vi.fn(async () => ({ response: 0, checkboxChecked: false })),
      showMessageBoxSync: vi.fn((_window: unknown, _options: unknown): number => 0),
      showErrorBox: vi.fn(),
    },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      defaultSession: {
        webRequest: { onHeadersReceived: vi.fn() },
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
      },
    },
    screen: {
      getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
    },
    net: { fetch: vi.fn() },
    /** A fresh start for the next test: no windows, handlers or listeners; default mocks. */
    reset(): void {
      vi.resetAllMocks();
      FakeBrowserWindow.instances = [];
      FakeBrowserWindow.loadFailure = undefined;
      ipcHandlers.clear();
      app.removeAllListeners();
      app.isPackaged = false;
      app.paths.clear();
      ipcRenderer.removeAllListeners();
    },
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The module `vi.mock('electron', ...)` returns; tests import it to inspect and drive. */
export const fakeElectron = createFakeElectron();

export function resetFakeElectron(): void {
  fakeElectron.reset();
}
