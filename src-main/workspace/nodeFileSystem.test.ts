import { realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from './nodeFileSystem';
import { createTemporaryFolder } from './testing/temporaryFolder';

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = createTemporaryFolder();
  writeFileSync(join(folder.path, 'ten.txt'), '0123456789');
});
afterEach(() => folder.remove());

describe('nodeFileSystem.readFileRange', () => {
  it.each([
    [0, 10, '0123456789'],
    [3, 4, '3456'],
    [8, 5, '89'],
    [10, 3, ''],
    [4, 0, ''],
  ])('from byte %i, %i bytes: %j', async (offset, length, expected) => {
    const bytes = await nodeFileSystem.readFileRange(join(folder.path, 'ten.txt'), offset, length);
    expect(new TextDecoder().decode(bytes)).toBe(expected);
  });

  it('fails with ENOENT for a file that is not there', async () => {
    await expect(
      nodeFileSystem.readFileRange(join(folder.path, 'gone.txt'), 0, 1),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('nodeFileSystem.realpath', () => {
  it('follows a symbolic link to the real path', async () => {
    symlinkSync(join(folder.path, 'ten.txt'), join(folder.path, 'link.txt'));
    expect(await nodeFileSystem.realpath(join(folder.path, 'link.txt'))).toBe(
      realpathSync.native(join(folder.path, 'ten.txt')),
    );
  });

  it('rejects with ENOENT, rather than throwing, for a path that is not there', async () => {
    const pending = nodeFileSystem.realpath(join(folder.path, 'missing', 'file.json'));
    await expect(pending).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
