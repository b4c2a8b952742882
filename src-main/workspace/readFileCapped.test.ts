import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFileSystem } from './nodeFileSystem';
import { readFileCapped } from './readFileCapped';
import { createTemporaryFolder } from './testing/temporaryFolder';

const CAP = 64 * 1024;
let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = createTemporaryFolder();
});
afterEach(() => folder.remove());

describe('readFileCapped', () => {
  it('reads a file of exactly the cap', async () => {
    writeFileSync(join(folder.path, 'a.json'), new Uint8Array(CAP));
    expect((await readFileCapped(nodeFileSystem, join(folder.path, 'a.json'), CAP)).length).toBe(
      CAP,
    );
  });

  it('refuses a file one byte over the cap without reading it', async () => {
    writeFileSync(join(folder.path, 'a.json'), new Uint8Array(CAP + 1));
    let reads = 0;
    const counting = {
      ...nodeFileSystem,
      readFile: (path: string) => (reads++, nodeFileSystem.readFile(path)),
    };
    await expect(
      readFileCapped(counting, join(folder.path, 'a.json'), CAP, 'annotations/a/1.json'),
    ).rejects.toThrow(/^annotations\/a\/1\.json: is 0\.1 MB, over the 0\.1 MB limit/);
    expect(reads).toBe(0);
  });

  it('refuses a file that grew past the cap between the size check and the read', async () => {
    writeFileSync(join(folder.path, 'a.json'), 'small');
    const growing = {
      ...nodeFileSystem,
      readFile: async () => new Uint8Array(CAP + 1),
    };
    await expect(
      readFileCapped(growing, join(folder.path, 'a.json'), CAP, 'a.json'),
    ).rejects.toThrow(/^a\.json: grew past the 0\.1 MB limit while being read$/);
  });

  it('refuses a folder and a missing file in plain words', async () => {
    mkdirSync(join(folder.path, 'folder.json'));
    await expect(
      readFileCapped(nodeFileSystem, join(folder.path, 'folder.json'), CAP, 'folder.json'),
    ).rejects.toThrow(/^folder\.json: is not a regular file$/);
    await expect(
      readFileCapped(nodeFileSystem, join(folder.path, 'missing.json'), CAP, 'missing.json'),
    ).rejects.toThrow(/^missing\.json: could not read the file: the file or folder does not exist/);
  });
});
