import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem, WritableFile } from '../core/ports/fileSystem';
import { TEMP_FILE_SUFFIX } from './atomicWrite';
import { describeStorageError } from './storageError';

interface PendingFile {
  target: string;
  temp: string;
  file: WritableFile;
}

/**
 * A set of output files written as streams and published together: every file is written to a
 * temp file beside its target and renamed into place only on `commit`, so an export that fails
 * or is cancelled leaves the previous files untouched and no half-written ones.
 */
export class AtomicOutputFiles {
  private readonly pending = new Map<string, PendingFile>();
  private readonly encoder = new TextEncoder();

  constructor(private readonly fileSystem: FileSystem) {}

  /** Appends `text` (as UTF-8) to the file that will replace `target` (an absolute path). */
  async append(target: string, text: string | Uint8Array): Promise<void> {
    let pending = this.pending.get(target);
    if (!pending) {
      const temp = join(
        dirname(target),
        `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`,
      );
      try {
        await this.fileSystem.makeDirectory(dirname(target));
        pending = { target, temp, file: await this.fileSystem.createExclusive(temp) };
      } catch (error) {
        throw describeStorageError(error, target, 'create the file');
      }
      this.pending.set(target, pending);
    }
    try {
      await pending.file.write(typeof text === 'string' ? this.encoder.encode(text) : text);
    } catch (error) {
      throw describeStorageError(error, target, 'write');
    }
  }

  /** Flushes every file to disk and renames each over its target. */
  async commit(): Promise<string[]> {
    const targets: string[] = [];
    for (const pending of this.pending.values()) {
      try {
        await pending.file.sync();
        await pending.file.close();
      } catch (error) {
        throw describeStorageError(error, pending.target, 'flush to disk');
      }
    }
    for (const pending of this.pending.values()) {
      try {
        await this.fileSystem.rename(pending.temp, pending.target);
        await this.fileSystem.syncDirectory(dirname(pending.target));
      } catch (error) {
        throw describeStorageError(error, pending.target, 'replace the file');
      }
      targets.push(pending.target);
    }
    this.pending.clear();
    return targets;
  }

  /** Drops every temp file; the targets stay as they were. */
  async abort(): Promise<void> {
    for (const pending of this.pending.values()) {
      await pending.file.close().catch(() => undefined);
      await this.fileSystem.remove(pending.temp).catch(() => undefined);
    }
    this.pending.clear();
  }
}
