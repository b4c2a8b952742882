import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TmpfsMount {
  path: string;
  /** Changes the mount's options, e.g. "ro" or "rw". */
  remount(options: string): void;
  unmount(): void;
}

function run(command: string, args: string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
}

/**
 * Mounts a fresh tmpfs (`options` like "size=64k") to test against a real read-only or full
 * disk. Needs Linux and the right to mount; otherwise returns why it could not.
 */
export function tryMountTmpfs(options: string): TmpfsMount | { notPermitted: string } {
  if (process.platform !== 'linux') return { notPermitted: 'tmpfs mounts need Linux' };
  if (process.getuid?.() !== 0) return { notPermitted: 'mounting a tmpfs needs root' };
  const path = mkdtempSync(join(tmpdir(), 'parley-tmpfs-'));
  try {
    run('mount', ['-t', 'tmpfs', '-o', options, 'parley-test', path]);
  } catch (error) {
    rmSync(path, { recursive: true, force: true });
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim();
    return { notPermitted: `mount -t tmpfs was refused here (${stderr || String(error)})` };
  }
  return {
    path,
    remount: (remountOptions) => run('mount', ['-o', `remount,${remountOptions}`, path]),
    unmount() {
      try {
        run('umount', [path]);
      } catch {
        run('umount', ['-l', path]);
      }
      rmSync(path, { recursive: true, force: true });
    },
  };
}
