import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileSystem } from '../core/ports/fileSystem';
import { removeLeftoverTempFiles, TEMP_FILE_SUFFIX, writeFileAtomically } from './atomicWrite';
import { nodeFileSystem } from './nodeFileSystem';
import { createTemporaryFolder } from './testing/temporaryFolder';
import { withFault, type SaveStep } from './testing/faultyFileSystem';

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = createTemporaryFolder();
});
afterEach(() => folder.remove());

describe('writeFileAtomically', () => {
  it('replaces the file and leaves no temp file', async () => {
    const target = join(folder.path, 'a.json');
    writeFileSync(target, 'old');
    await writeFileAtomically(nodeFileSystem, target, 'new 🕊️');
    expect(readFileSync(target, 'utf8')).toBe('new 🕊️');
    expect(readdirSync(folder.path)).toEqual(['a.json']);
  });

  it.each<[SaveStep, string, RegExp]>([
    ['open', 'EACCES', /permission denied/],
    ['write', 'ENOSPC', /the disk is full/],
    ['fsync', 'EIO', /input\/output error/],
    ['rename', 'EBUSY', /the file is busy/],
    ['folder-fsync', 'EIO', /input\/output error/],
  ])('keeps the old file byte-identical when %s fails with %s', async (step, code, message) => {
    const target = join(folder.path, 'alice.json');
    writeFileSync(target, 'the original');
    const faulty = withFault(nodeFileSystem, step, code);
    await expect(
      writeFileAtomically(faulty, target, 'replacement', 'annotations/alice/1.json'),
    ).rejects.toThrow(
      new RegExp(`^annotations/alice/1\\.json: could not save .*${message.source}.*\\(${code}\\)$`),
    );
    expect(readFileSync(target, 'utf8')).toBe('the original');
    expect(readdirSync(folder.path)).toEqual(['alice.json']);
  });

  it('removes a new file again when the folder cannot be flushed after the rename', async () => {
    const target = join(folder.path, 'new.json');
    await expect(
      writeFileAtomically(withFault(nodeFileSystem, 'folder-fsync', 'EIO'), target, 'new'),
    ).rejects.toThrow(/flush the folder to disk failed/);
    expect(readdirSync(folder.path)).toEqual([]);
  });

  it('holds the old bytes in memory where hard links are not supported', async () => {
    const target = join(folder.path, 'a.json');
    writeFileSync(target, 'the original');
    const noLinks = withFault(nodeFileSystem, 'link', 'EPERM');
    await writeFileAtomically(noLinks, target, 'first');
    expect(readFileSync(target, 'utf8')).toBe('first');
    await expect(
      writeFileAtomically(withFault(noLinks, 'folder-fsync', 'EIO'), target, 'second'),
    ).rejects.toThrow(/input\/output error/);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readdirSync(folder.path)).toEqual(['a.json']);
  });

  it('says so when the old version cannot be put back', async () => {
    const target = join(folder.path, 'a.json');
    writeFileSync(target, 'the original');
    let renames = 0;
    const renameOnce: FileSystem = {
      ...withFault(nodeFileSystem, 'folder-fsync', 'EIO'),
      async rename(from, to) {
        if (++renames > 1) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
        await nodeFileSystem.rename(from, to);
      },
    };
    await expect(writeFileAtomically(renameOnce, target, 'new', 'a.json')).rejects.toThrow(
      /^a\.json: could not save \(flush the folder to disk failed; the new version may be on disk\)/,
    );
    expect(readdirSync(folder.path)).toEqual(['a.json']);
  });

  it('sweeps temp files and old-version links left by a crash', async () => {
    writeFileSync(join(folder.path, `.a.json.123${TEMP_FILE_SUFFIX}`), 'half');
    writeFileSync(join(folder.path, `.a.json.123.old${TEMP_FILE_SUFFIX}`), 'previous');
    writeFileSync(join(folder.path, 'a.json'), 'whole');
    expect(await removeLeftoverTempFiles(nodeFileSystem, folder.path)).toBe(2);
    expect(readdirSync(folder.path)).toEqual(['a.json']);
  });
});
