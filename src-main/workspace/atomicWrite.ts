import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from '../core/ports/fileSystem';
import { describeStorageError } from './storageError';

/** Temp files end with this, so a start-up sweep can find the ones a crash left behind. */
export const TEMP_FILE_SUFFIX = '.parley-tmp';

export function isTempFileName(name: string): boolean {
  return name.endsWith(TEMP_FILE_SUFFIX);
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file holds either the old or
 * the new bytes: write a temp file in the same folder, fsync it, rename it over the target,
 * fsync the folder. Nothing is ever truncated in place. Errors name `displayName`.
 */
export async function writeFileAtomically(
  fileSystem: FileSystem,
  target: string,
  data: string | Uint8Array,
  displayName: string = target,
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const folder = dirname(target);
  const temp = join(
    folder,
    `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_FILE_SUFFIX}`,
  );
  let step = 'create a temporary file';
  try {
    const file = await fileSystem.createExclusive(temp);
    try {
      step = 'write';
      await file.write(bytes);
      step = 'flush to disk';
      await file.sync();
    } finally {
      await file.close().catch(() => undefined);
    }
    step = 'replace the file';
    await fileSystem.rename(temp, target);
    step = 'flush the folder to disk';
    await fileSystem.syncDirectory(folder);
  } catch (error) {
    // Only the temp file is ours to remove; the target is untouched unless the rename succeeded.
    await fileSystem.remove(temp).catch(() => undefined);
    throw describeStorageError(error, displayName, `save (${step} failed)`);
  }
}

/** Removes temp files that a crash mid-save left in `folder` (not recursive); returns how many. */
export async function removeLeftoverTempFiles(
  fileSystem: FileSystem,
  folder: string,
): Promise<number> {
  let removed = 0;
  const entries = await fileSystem.readDirectory(folder).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile && isTempFileName(entry.name)) {
      await fileSystem.remove(join(folder, entry.name)).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
