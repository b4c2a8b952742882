import { join } from 'node:path';
import { z } from '../core/zodConfig';
import { parseJsonSafely } from '../core/json/parseJsonSafely';
import type { FileSystem } from '../core/ports/fileSystem';
import { writeFileAtomically } from '../workspace/atomicWrite';
import { readFileCapped } from '../workspace/readFileCapped';
import { systemErrorCode } from '../workspace/storageError';
import { existingRecentProjects } from './recentProjects';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from './settingsSchema';

export const SETTINGS_FILE_NAME = 'settings.json';
/** Bytes; a settings file is a few hundred. */
const MAX_SETTINGS_FILE_SIZE = 1024 * 1024;

export interface SettingsStoreOptions {
  fileSystem: FileSystem;
  /** The app's userData folder, which holds settings.json. */
  folder: string;
  log: (message: string, error?: unknown) => void;
  now?: () => Date;
}

interface ReadSettings {
  settings: Settings;
  /** False when a file we could not read is still in place: saving would destroy it. */
  writable: boolean;
}

/** Moves an unreadable settings file aside, so the defaults we start with never replace it. */
async function setAside(options: SettingsStoreOptions, path: string, reason: string) {
  const stamp = (options.now ?? (() => new Date()))().toISOString().replace(/[:.]/g, '-');
  const corruptPath = `${path}.corrupt-${stamp}`;
  try {
    await options.fileSystem.rename(path, corruptPath);
  } catch (error) {
    options.log(`parley: ${path} is unreadable (${reason}) and could not be moved aside`, error);
    return { settings: DEFAULT_SETTINGS, writable: false };
  }
  options.log(`parley: ${path} is unreadable (${reason}); moved it to ${corruptPath}`);
  return { settings: DEFAULT_SETTINGS, writable: true };
}

async function readSettings(options: SettingsStoreOptions, path: string): Promise<ReadSettings> {
  let value: unknown;
  try {
    const bytes = await readFileCapped(
      options.fileSystem,
      path,
      MAX_SETTINGS_FILE_SIZE,
      SETTINGS_FILE_NAME,
    );
    value = parseJsonSafely(new TextDecoder().decode(bytes), SETTINGS_FILE_NAME);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT') return { settings: DEFAULT_SETTINGS, writable: true };
    // An OS error (permissions, a locked file) says nothing about the content: leave it alone.
    if (code !== undefined) {
      options.log(`parley: could not read ${path}; using default settings`, error);
      return { settings: DEFAULT_SETTINGS, writable: false };
    }
    return setAside(options, path, String(error));
  }
  const parsed = settingsSchema.safeParse(value);
  if (!parsed.success) return setAside(options, path, z.prettifyError(parsed.error));
  return { settings: parsed.data, writable: true };
}

/**
 * The desktop app's settings: last and recent projects, window bounds. Read once, validated,
 * with folders that no longer exist pruned; every change is written atomically, in order.
 */
export class SettingsStore {
  private writes: Promise<void> = Promise.resolve();

  private constructor(
    private readonly options: SettingsStoreOptions,
    private readonly path: string,
    private settings: Settings,
    private readonly writable: boolean,
  ) {}

  static async load(options: SettingsStoreOptions): Promise<SettingsStore> {
    const path = join(options.folder, SETTINGS_FILE_NAME);
    const { settings, writable } = await readSettings(options, path);
    const isFolder = async (folder: string) =>
      (await options.fileSystem.stat(folder).catch(() => undefined))?.isDirectory === true;
    const pruned: Settings = {
      ...settings,
      recentProjects: await existingRecentProjects(settings.recentProjects, isFolder),
      lastProject:
        settings.lastProject !== undefined && (await isFolder(settings.lastProject))
          ? settings.lastProject
          : undefined,
    };
    return new SettingsStore(options, path, pruned, writable);
  }

  get current(): Settings {
    return this.settings;
  }

  /** Applies `change` at once and queues a save; the promise settles when it is on disk. */
  update(change: (settings: Settings) => Settings): Promise<void> {
    this.settings = change(this.settings);
    const snapshot = this.settings;
    this.writes = this.writes.then(() => this.write(snapshot));
    return this.writes;
  }

  /** Settles when every queued save has finished (or failed and been logged). */
  flush(): Promise<void> {
    return this.writes;
  }

  private async write(settings: Settings): Promise<void> {
    if (!this.writable) {
      this.options.log(`parley: settings not saved, to keep the unreadable ${this.path}`);
      return;
    }
    try {
      await this.options.fileSystem.makeDirectory(this.options.folder);
      await writeFileAtomically(
        this.options.fileSystem,
        this.path,
        `${JSON.stringify(settings, null, 2)}\n`,
        SETTINGS_FILE_NAME,
      );
    } catch (error) {
      this.options.log(`parley: could not save ${this.path}`, error);
    }
  }
}
