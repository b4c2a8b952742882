import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LockedFolder {
  /** The error code a write into the folder now gets. */
  code: 'EACCES' | 'EPERM';
  unlock(): void;
}

function writeFails(folder: string): boolean {
  const probe = join(folder, '.parley-probe');
  try {
    writeFileSync(probe, '');
  } catch {
    return true;
  }
  rmSync(probe);
  return false;
}

/**
 * Makes `folder` refuse new files for real: `chmod 0o555`, or, where that does not stop the
 * user (root), the immutable attribute `chattr +i`. Returns why when neither works.
 */
export function tryLockFolder(folder: string): LockedFolder | { notPermitted: string } {
  chmodSync(folder, 0o555);
  if (writeFails(folder)) return { code: 'EACCES', unlock: () => chmodSync(folder, 0o755) };
  chmodSync(folder, 0o755);
  try {
    execFileSync('chattr', ['+i', folder], { stdio: 'ignore' });
  } catch {
    return {
      notPermitted:
        'running as root, where chmod does not stop writes, and chattr +i is not available here',
    };
  }
  const unlock = () => execFileSync('chattr', ['-i', folder], { stdio: 'ignore' });
  if (writeFails(folder)) return { code: 'EPERM', unlock };
  unlock();
  return { notPermitted: 'neither chmod 0o555 nor chattr +i stops writes in this folder' };
}
