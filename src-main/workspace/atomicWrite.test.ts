import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

  it('sweeps temp files left by a crash', async () => {
    writeFileSync(join(folder.path, `.a.json.123${TEMP_FILE_SUFFIX}`), 'half');
    writeFileSync(join(folder.path, 'a.json'), 'whole');
    expect(await removeLeftoverTempFiles(nodeFileSystem, folder.path)).toBe(1);
    expect(readdirSync(folder.path)).toEqual(['a.json']);
  });
});
