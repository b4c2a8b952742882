import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { describeStorageError } from './storageError';

/** Default size cap for annotation files: 50 MB. */
export const DEFAULT_ANNOTATION_FILE_CAP = 50 * 1024 * 1024;
/** Default size cap for article files: 50 MB. */
export const DEFAULT_ARTICLE_FILE_CAP = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Reads a file after checking its size against `maxBytes`, so a huge file is refused unread. */
export async function readFileCapped(
  fileSystem: FileSystem,
  path: string,
  maxBytes: number,
  displayName: string = path,
): Promise<Uint8Array> {
  let size: number;
  try {
    const stat = await fileSystem.stat(path);
    if (!stat.isFile) throw new ParleyError(displayName, 'is not a regular file');
    size = stat.size;
  } catch (error) {
    throw describeStorageError(error, displayName, 'read the file');
  }
  if (size > maxBytes) {
    throw new ParleyError(
      displayName,
      `is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for this kind of file`,
    );
  }
  try {
    const bytes = await fileSystem.readFile(path);
    if (bytes.length > maxBytes)
      throw new ParleyError(
        displayName,
        `grew past the ${megabytes(maxBytes)} limit while being read`,
      );
    return bytes;
  } catch (error) {
    throw describeStorageError(error, displayName, 'read the file');
  }
}
