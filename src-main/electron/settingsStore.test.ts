import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileSystem } from '../core/ports/fileSystem';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { DEFAULT_SETTINGS } from './settingsSchema';
import { SETTINGS_FILE_NAME, SettingsStore } from './settingsStore';

let folder: ReturnType<typeof createTemporaryFolder>;
let userData: string;
let settingsPath: string;
const log = vi.fn();
const now = () => new Date('2025-03-04T05:06:07.089Z');

beforeEach(() => {
  folder = createTemporaryFolder();
  userData = join(folder.path, 'userData');
  settingsPath = join(userData, SETTINGS_FILE_NAME);
  log.mockReset();
});
afterEach(() => folder.remove());

const load = (fileSystem: FileSystem = nodeFileSystem) =>
  SettingsStore.load({ fileSystem, folder: userData, log, now });

function project(name: string): string {
  const path = join(folder.path, name);
  mkdirSync(path, { recursive: true });
  return path;
}

function writeSettings(content: unknown) {
  mkdirSync(userData, { recursive: true });
  writeFileSync(settingsPath, typeof content === 'string' ? content : JSON.stringify(content));
}

describe('SettingsStore', () => {
  it('starts from the defaults when there is no file, silently', async () => {
    const store = await load();
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(log).not.toHaveBeenCalled();
  });

  it('round-trips what it saves', async () => {
    const talks = project('talks');
    const store = await load();
    await store.update((settings) => ({
      ...settings,
      lastProject: talks,
      recentProjects: [talks],
      windowBounds: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
      sampleProjectInstalled: true,
    }));
    const reloaded = await load();
    expect(reloaded.current).toEqual({
      version: 1,
      lastProject: talks,
      recentProjects: [talks],
      windowBounds: { x: 10, y: 20, width: 1000, height: 700, maximized: true },
      sampleProjectInstalled: true,
    });
    expect(JSON.parse(readFileSync(settingsPath, 'utf8'))).toEqual(reloaded.current);
  });

  it('writes through a temp file renamed into place', async () => {
    const renames: [string, string][] = [];
    const recording: FileSystem = {
      ...nodeFileSystem,
      rename: async (from, to) => {
        renames.push([from, to]);
        await nodeFileSystem.rename(from, to);
      },
    };
    const store = await load(recording);
    await store.update((settings) => ({ ...settings, sampleProjectInstalled: true }));
    expect(renames).toHaveLength(1);
    expect(renames[0]?.[0]).toMatch(/\.settings\.json\.[0-9a-f]+\.parley-tmp$/);
    expect(renames[0]?.[1]).toBe(settingsPath);
    expect(readdirSync(userData)).toEqual([SETTINGS_FILE_NAME]);
  });

  it('saves changes in the order they were made', async () => {
    const store = await load();
    const saves = [1, 2, 3, 4].map((width) =>
      store.update((settings) => ({
        ...settings,
        windowBounds: { width: width * 100, height: 100, maximized: false },
      })),
    );
    await Promise.all(saves);
    await store.flush();
    expect(JSON.parse(readFileSync(settingsPath, 'utf8')).windowBounds.width).toBe(400);
  });

  it('prunes missing folders from the recent list and the last project on read', async () => {
    const kept = project('kept');
    const gone = join(folder.path, 'gone');
    writeSettings({ version: 1, lastProject: gone, recentProjects: [gone, kept, kept] });
    const store = await load();
    expect(store.current.lastProject).toBeUndefined();
    expect(store.current.recentProjects).toEqual([kept]);

    writeSettings({ version: 1, lastProject: kept, recentProjects: [kept] });
    expect((await load()).current.lastProject).toBe(kept);
  });

  it.each([
    ['not JSON', '{"version": 1,'],
    ['the wrong shape', { version: 1, recentProjects: 'all of them' }],
    ['a future version', { version: 2 }],
    ['a forbidden key', '{"version": 1, "__proto__": {"polluted": true}}'],
    ['a negative window size', { version: 1, windowBounds: { width: -5, height: 10 } }],
  ])('moves a settings file with %s aside and starts from the defaults', async (_name, content) => {
    writeSettings(content);
    const original = readFileSync(settingsPath);
    const store = await load();
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    const corruptName = 'settings.json.corrupt-2025-03-04T05-06-07-089Z';
    expect(readdirSync(userData)).toEqual([corruptName]);
    expect(readFileSync(join(userData, corruptName))).toEqual(original);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining(`moved it to ${join(userData, corruptName)}`),
    );

    await store.update((settings) => ({ ...settings, sampleProjectInstalled: true }));
    expect(readdirSync(userData).sort()).toEqual([SETTINGS_FILE_NAME, corruptName]);
  });

  it('treats a folder in place of the file as corrupt', async () => {
    mkdirSync(settingsPath, { recursive: true });
    const store = await load();
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(userData)).toEqual(['settings.json.corrupt-2025-03-04T05-06-07-089Z']);
  });

  it('never overwrites a corrupt file it could not move aside', async () => {
    writeSettings('garbage');
    const store = await load({
      ...nodeFileSystem,
      rename: async () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      },
    });
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining('could not be moved aside'),
      expect.any(Error),
    );
    await store.update((settings) => ({ ...settings, sampleProjectInstalled: true }));
    expect(readFileSync(settingsPath, 'utf8')).toBe('garbage');
    expect(log).toHaveBeenLastCalledWith(expect.stringContaining('settings not saved'));
  });

  it('leaves a file it cannot read alone, and does not save over it', async () => {
    writeSettings({ version: 1, sampleProjectInstalled: true });
    const store = await load({
      ...nodeFileSystem,
      readFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    });
    expect(store.current).toEqual(DEFAULT_SETTINGS);
    expect(readdirSync(userData)).toEqual([SETTINGS_FILE_NAME]);
    await store.update((settings) => ({ ...settings, recentProjects: [] }));
    expect(JSON.parse(readFileSync(settingsPath, 'utf8'))).toEqual({
      version: 1,
      sampleProjectInstalled: true,
    });
  });

  it('logs a failed save and keeps the change in memory', async () => {
    const store = await load({
      ...nodeFileSystem,
      createExclusive: async () => {
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      },
    });
    await store.update((settings) => ({ ...settings, sampleProjectInstalled: true }));
    expect(store.current.sampleProjectInstalled).toBe(true);
    expect(log).toHaveBeenCalledWith(`parley: could not save ${settingsPath}`, expect.any(Error));
  });

  it('stamps corrupt files with the current time by default', async () => {
    writeSettings('garbage');
    await SettingsStore.load({ fileSystem: nodeFileSystem, folder: userData, log });
    expect(readdirSync(userData)[0]).toMatch(/^settings\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/);
  });
});
