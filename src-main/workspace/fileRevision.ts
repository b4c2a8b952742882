import { sha256OfBytes } from '../core/text/sha256';
import type { FileSystem } from '../core/ports/fileSystem';

/**
 * A token for a file's content: its size and SHA-256. A save compares the token it loaded
 * with the file's current one, so a change by another program is never overwritten silently.
 * The modification time is deliberately not part of it: a checkout that rewrites identical
 * bytes is no conflict.
 */
export function revisionOf(bytes: Uint8Array): string {
  return `${bytes.length}:${sha256OfBytes(bytes)}`;
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
