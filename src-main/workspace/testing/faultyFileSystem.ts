import type { FileSystem, WritableFile } from '../../core/ports/fileSystem';

/** The steps of an atomic save, in order; `link` keeps the old version reachable. */
export type SaveStep = 'open' | 'write' | 'fsync' | 'link' | 'rename' | 'folder-fsync';

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: injected fault`), { code });
}

/**
 * Wraps a file system so that one step of a save fails with `code`: once, or on every try.
 * A failing write first writes half of its data, as a full disk would.
 */
export function withFault(
  base: FileSystem,
  step: SaveStep,
  code: string,
  mode: 'once' | 'always' = 'always',
): FileSystem {
  let armed = true;
  const fail = (at: SaveStep): void => {
    if (at !== step || !armed) return;
    if (mode === 'once') armed = false;
    throw systemError(code);
  };
  return {
    ...base,
    async createExclusive(path): Promise<WritableFile> {
      fail('open');
      const file = await base.createExclusive(path);
      return {
        async write(data) {
          if (step === 'write' && armed) await file.write(data.subarray(0, data.length >> 1));
          fail('write');
          await file.write(data);
        },
        async sync() {
          fail('fsync');
          await file.sync();
        },
        close: () => file.close(),
      };
    },
    async link(existingPath, newPath) {
      fail('link');
      await base.link(existingPath, newPath);
    },
    async rename(from, to) {
      fail('rename');
      await base.rename(from, to);
    },
    async syncDirectory(path) {
      fail('folder-fsync');
      await base.syncDirectory(path);
    },
  };
}
