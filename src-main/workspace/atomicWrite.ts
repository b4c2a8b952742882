import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FileSystem } from '../core/ports/fileSystem';
import { describeStorageError, systemErrorCode } from './storageError';

/** Temp files end with this, so a start-up sweep can find the ones a crash left behind. */
export const TEMP_FILE_SUFFIX = '.parley-tmp';

export function isTempFileName(name: string): boolean {
  return name.endsWith(TEMP_FILE_SUFFIX);
}

/** How the bytes a save replaces stay reachable until the save is known to be on disk. */
type OldVersion =
  { kind: 'none' } | { kind: 'link'; path: string } | { kind: 'bytes'; bytes: Uint8Array };

async function keepOldVersion(
  fileSystem: FileSystem,
  target: string,
  backupPath: string,
): Promise<OldVersion> {
  try {
    // A hard link costs no copy; the rename then leaves it pointing at the old bytes.
    await fileSystem.link(target, backupPath);
    return { kind: 'link', path: backupPath };
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return { kind: 'none' };
  }
  // Some file systems (FAT, some network shares) have no hard links: hold the bytes instead.
  try {
    return { kind: 'bytes', bytes: await fileSystem.readFile(target) };
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') return { kind: 'none' };
    throw error;
  }
}

async function writeAndSync(fileSystem: FileSystem, path: string, bytes: Uint8Array) {
  const file = await fileSystem.createExclusive(path);
  try {
    await file.write(bytes);
    await file.sync();
  } finally {
    await file.close().catch(() => undefined);
  }
}

/** Puts the old version back after the new one was renamed into place but not made durable. */
async function restoreOldVersion(
  fileSystem: FileSystem,
  target: string,
  oldVersion: OldVersion,
  temp: string,
): Promise<void> {
  switch (oldVersion.kind) {
    case 'none':
      await fileSystem.remove(target);
      return;
    case 'link':
      await fileSystem.rename(oldVersion.path, target);
      return;
    case 'bytes':
      await writeAndSync(fileSystem, temp, oldVersion.bytes);
      await fileSystem.rename(temp, target);
      return;
  }
}

/**
 * Replaces `target` with `data` so that, whatever happens, the file holds either the old or
 * the new bytes: write a temp file in the same folder, fsync it, keep the old file reachable
 * under a second temp name, rename the temp file over the target, fsync the folder. When any
 * step fails the target holds its old bytes again (or is absent, if it was) and no temp file
 * remains. Nothing is ever truncated in place. Errors name `displayName`.
 */
export async function writeFileAtomically(
  fileSystem: FileSystem,
  target: string,
  data: string | Uint8Array,
  displayName: string = target,
): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const folder = dirname(target);
  const stem = `.${basename(target)}.${randomBytes(6).toString('hex')}`;
  const temp = join(folder, `${stem}${TEMP_FILE_SUFFIX}`);
  const backupPath = join(folder, `${stem}.old${TEMP_FILE_SUFFIX}`);
  let step = 'create a temporary file';
  let oldVersion: OldVersion = { kind: 'none' };
  let renamed = false;
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
    step = 'keep the old version';
    oldVersion = await keepOldVersion(fileSystem, target, backupPath);
    step = 'replace the file';
    await fileSystem.rename(temp, target);
    renamed = true;
    step = 'flush the folder to disk';
    await fileSystem.syncDirectory(folder);
  } catch (error) {
    let action = `save (${step} failed)`;
    if (renamed) {
      // A failure reported to the analyst must leave the old file, not an undurable new one.
      const restored = await restoreOldVersion(fileSystem, target, oldVersion, temp).then(
        () => true,
        () => false,
      );
      if (!restored) action = `save (${step} failed; the new version may be on disk)`;
    }
    await fileSystem.remove(temp).catch(() => undefined);
    if (oldVersion.kind === 'link') await fileSystem.remove(backupPath).catch(() => undefined);
    throw describeStorageError(error, displayName, action);
  }
  if (oldVersion.kind === 'link') await fileSystem.remove(backupPath).catch(() => undefined);
}

/**
 * Removes temp files (and old-version links) that a crash mid-save left in `folder` (not
 * recursive); returns how many.
 */
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
