import { createHash } from 'node:crypto';
import type { FileSystem } from '../core/ports/fileSystem';

/**
 * A token for a file's content: its size and SHA-256. A save compares the token it loaded
 * with the file's current one, so a change by another program is never overwritten silently.
 * The modification time is deliberately not part of it: a checkout that rewrites identical
 * bytes is no conflict.
 */
export function revisionOf(bytes: Uint8Array): string {
  // Node's native SHA-256: the portable one in core took ~2 ms of every document open.
  return `${bytes.length}:${createHash('sha256').update(bytes).digest('hex')}`;
}

/** The file's current revision, or null when it does not exist. */
export async function currentRevision(
  fileSystem: FileSystem,
  path: string,
): Promise<string | null> {
  try {
    return revisionOf(await fileSystem.readFile(path));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}
