import {
  closeSync,
  constants,
  openSync,
  promises as fs,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from 'node:fs';
import type { DirectoryEntry, FileStat, FileSystem, WritableFile } from '../core/ports/fileSystem';

/**
 * The real file system behind the storage port. Reads, stats and real paths are synchronous
 * inside the async interface: the files are small and size-checked first, and a thread-pool
 * round trip per call cost more than the call itself when a project of thousands of files is
 * indexed or exported, or a document opened (six real paths: the annotation file, then the
 * recovery journal's path up to its first existing folder). Writes stay asynchronous.
 */
export const nodeFileSystem: FileSystem = {
  async readFile(path) {
    return new Uint8Array(readFileSync(path));
  },
  async readFileRange(path, offset, length) {
    const descriptor = openSync(path, 'r');
    try {
      const bytes = new Uint8Array(length);
      let filled = 0;
      while (filled < length) {
        const read = readSync(descriptor, bytes, filled, length - filled, offset + filled);
        if (read === 0) break;
        filled += read;
      }
      return bytes.subarray(0, filled);
    } finally {
      closeSync(descriptor);
    }
  },
  async stat(path): Promise<FileStat> {
    const stats = statSync(path);
    return {
      size: stats.size,
      mtimeMs: stats.mtimeMs,
      isFile: stats.isFile(),
      isDirectory: stats.isDirectory(),
    };
  },
  async realpath(path) {
    return realpathSync.native(path);
  },
  async readDirectory(path): Promise<DirectoryEntry[]> {
    const entries = await fs.readdir(path, { withFileTypes: true });
    return entries.map((entry) => ({
      name: entry.name,
      isFile: entry.isFile(),
      isDirectory: entry.isDirectory(),
      isSymbolicLink: entry.isSymbolicLink(),
    }));
  },
  async makeDirectory(path) {
    await fs.mkdir(path, { recursive: true });
  },
  async createExclusive(path): Promise<WritableFile> {
    const handle = await fs.open(
      path,
      constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY,
      0o644,
    );
    return {
      async write(data) {
        let offset = 0;
        while (offset < data.length) {
          const { bytesWritten } = await handle.write(data, offset, data.length - offset);
          offset += bytesWritten;
        }
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    };
  },
  rename: (from, to) => fs.rename(from, to),
  link: (existingPath, newPath) => fs.link(existingPath, newPath),
  remove: (path) => fs.rm(path, { force: true }),
  async syncDirectory(path) {
    const handle = await fs.open(path, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
