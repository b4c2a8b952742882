import { mkdtempSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A fresh folder under the OS temp folder; remove it with the returned function. */
export function createTemporaryFolder(prefix = 'parley-test-'): {
  path: string;
  remove: () => void;
} {
  const path = mkdtempSync(join(tmpdir(), prefix));
  // Retries: a save still finishing in the background may add a file while the folder goes.
  return {
    path,
    remove: () => rmSync(path, { recursive: true, force: true, maxRetries: 10, retryDelay: 20 }),
  };
}

/** The repository's bundled sample project. */
export const SAMPLE_PROJECT = resolve(import.meta.dirname, '../../../resources/sample-project');

/** A writable copy of the sample project in a fresh temp folder. */
export function copySampleProject(): { path: string; remove: () => void } {
  const folder = createTemporaryFolder();
  const path = join(folder.path, 'project');
  cpSync(SAMPLE_PROJECT, path, { recursive: true });
  return { path, remove: folder.remove };
}
