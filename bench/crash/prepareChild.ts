import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const CHILD_ENTRY = resolve(import.meta.dirname, '../crashDuringSave.child.ts');

/** How to start one child: a program and the arguments before the child's own. */
export interface ChildCommand {
  command: string;
  args: string[];
  /** Says how the child starts, for the printed figures. */
  how: string;
}

/**
 * Bundles the child into one .mjs file in `folder`, once per run, so that plain `node` starts
 * it in tens of milliseconds; loading TypeScript through tsx costs about half a second per
 * start, which a thousand kills would pay a thousand times. esbuild comes with tsx; without
 * it, falls back to `node --import tsx` (not the tsx command: it runs the code in a second
 * process, which a SIGKILL of the first would leave running).
 */
export async function prepareChild(folder: string): Promise<ChildCommand> {
  const outfile = join(folder, 'crashDuringSave.child.mjs');
  try {
    const { build } = await import('esbuild');
    await build({
      entryPoints: [CHILD_ENTRY],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });
    return { command: process.execPath, args: [outfile], how: 'node on an esbuild bundle' };
  } catch {
    const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
    return {
      command: process.execPath,
      args: ['--import', tsxLoader, CHILD_ENTRY],
      how: 'node --import tsx (esbuild unavailable: slower)',
    };
  }
}
