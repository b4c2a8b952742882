import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem, WritableFile } from '../core/ports/fileSystem';
import { TEMP_FILE_SUFFIX } from './atomicWrite';
import { describeStorageError } from './storageError';

interface PendingFile {
  target: string;
  temp: string;
  file: WritableFile;
  /** Text appended since the last write; flushed in large blocks to save system calls. */
  buffered: string[];
  bufferedLength: number;
}

/** UTF-16 units buffered per file before a write (about 1 MB of text). */
const WRITE_BLOCK = 1 << 20;

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
        const file = await this.fileSystem.createExclusive(temp);
        pending = { target, temp, file, buffered: [], bufferedLength: 0 };
      } catch (error) {
        throw describeStorageError(error, target, 'create the file');
      }
      this.pending.set(target, pending);
    }
    if (typeof text !== 'string') {
      await this.flush(pending);
      await this.write(pending, text);
      return;
    }
    pending.buffered.push(text);
    pending.bufferedLength += text.length;
    if (pending.bufferedLength >= WRITE_BLOCK) await this.flush(pending);
  }

  private async flush(pending: PendingFile): Promise<void> {
    if (pending.bufferedLength === 0 && pending.buffered.length === 0) return;
    const text = pending.buffered.join('');
    pending.buffered = [];
    pending.bufferedLength = 0;
    await this.write(pending, this.encoder.encode(text));
  }

  private async write(pending: PendingFile, bytes: Uint8Array): Promise<void> {
    try {
      await pending.file.write(bytes);
    } catch (error) {
      throw describeStorageError(error, pending.target, 'write');
    }
  }

  /** Flushes every file to disk and renames each over its target. */
  async commit(): Promise<string[]> {
    const targets: string[] = [];
    for (const pending of this.pending.values()) {
      await this.flush(pending);
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
