import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isTempFileName } from '../atomicWrite';

/** Every temp file a save could leave anywhere under `root`, as "/"-separated relative paths. */
export function findTempFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && isTempFileName(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}
