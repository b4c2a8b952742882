import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';

export interface SavedSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
  prefix?: string;
  suffix?: string;
  attributes?: Record<string, unknown>;
  note?: string;
}

/** The spans of an annotation file on disk. */
export function readSpans(path: string): SavedSpan[] {
  return JSON.parse(readFileSync(path, 'utf8')).annotations;
}

/** The document text of a field-format article: everything from the repeated headline on. */
export function documentTextOf(path: string): string {
  const raw = readFileSync(path, 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n');
  const lines = raw.split('\n');
  return lines.slice(4).join('\n');
}

/** Code-point offset of the first `phrase` in `text` (what Parley files store). */
export function codePointOffset(text: string, phrase: string): number {
  const utf16 = text.indexOf(phrase);
  if (utf16 === -1) throw new Error(`"${phrase}" is not in the text`);
  return Array.from(text.slice(0, utf16)).length;
}

const isRoot = process.getuid?.() === 0;

/**
 * Makes a folder refuse writes for real. Root ignores permission bits, so as root the folder is
 * made immutable (chattr +i); otherwise its write bits are removed. Returns the undo.
 */
export function makeFolderReadOnly(folder: string): () => void {
  if (isRoot) {
    execFileSync('chattr', ['+i', folder]);
    return () => execFileSync('chattr', ['-i', folder]);
  }
  chmodSync(folder, 0o555);
  return () => chmodSync(folder, 0o755);
}

/**
 * Mounts a tiny tmpfs over `folder` and fills it, for a real full disk. Needs Linux and the
 * right to mount (root); returns why not otherwise. The returned functions free the space
 * and unmount.
 */
export function mountFullDisk(
  folder: string,
): { freeSpace: () => void; unmount: () => void } | { notPermitted: string } {
  if (process.platform !== 'linux' || !isRoot)
    return { notPermitted: 'mounting a tmpfs needs root on Linux' };
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'parley-e2e-full', folder], {
      stdio: 'pipe',
    });
  } catch (error) {
    return { notPermitted: `mount was refused here (${String(error).split('\n')[0]})` };
  }
  const filler = `${folder}/filler`;
  try {
    // Write until the disk says it is full.
    execFileSync('sh', ['-c', `dd if=/dev/zero of='${filler}' bs=4k 2>/dev/null || true`]);
  } catch {
    // dd ends with "No space left on device", which is the point.
  }
  return {
    freeSpace: () => execFileSync('rm', ['-f', filler]),
    unmount: () => execFileSync('umount', ['-l', folder]),
  };
}
