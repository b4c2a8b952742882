import { promises as fs } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Makes sure `targetFolder` holds a writable copy of the bundled sample project and returns
 * it. The copy is made once, into a temp folder renamed into place, so an interrupted copy
 * never leaves a half project; the bundled folder itself is never written.
 */
export async function ensureWritableSampleProject(
  bundledFolder: string,
  targetFolder: string,
): Promise<string> {
  const existing = await fs.stat(targetFolder).catch(() => undefined);
  if (existing?.isDirectory()) return targetFolder;
  await fs.mkdir(dirname(targetFolder), { recursive: true });
  const temp = `${targetFolder}.${randomBytes(4).toString('hex')}.partial`;
  await fs.cp(bundledFolder, temp, { recursive: true, errorOnExist: true, force: false });
  try {
    await fs.rename(temp, targetFolder);
  } catch (error) {
    await fs.rm(temp, { recursive: true, force: true });
    // Another process won the race: its copy is as good as ours.
    if ((await fs.stat(targetFolder).catch(() => undefined))?.isDirectory()) return targetFolder;
    throw error;
  }
  return targetFolder;
}

/** Where the repository keeps the bundled sample project, relative to its root. */
export function bundledSampleProject(repositoryRoot: string): string {
  return join(repositoryRoot, 'resources', 'sample-project');
}
