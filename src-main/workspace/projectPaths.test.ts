import { mkdirSync, realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRelativePath, resolveInsideProject } from './projectPaths';
import { nodeFileSystem } from './nodeFileSystem';
import { createTemporaryFolder } from './testing/temporaryFolder';

describe('checkRelativePath', () => {
  it.each([
    ['a.txt', 'a.txt'],
    ['news/a.txt', 'news/a.txt'],
    ['./news//a.txt', 'news/a.txt'],
    ['news\\a.txt', 'news/a.txt'],
    ['annotations/alice/288.json', 'annotations/alice/288.json'],
  ])('accepts %j as %j', (input, expected) => {
    expect(checkRelativePath(input)).toBe(expected);
  });

  it.each([
    ['', /not a valid path/],
    ['.', /not a valid path/],
    ['../x', /must not leave the project/],
    ['a/../../x', /must not leave the project/],
    ['a\\..\\..\\x', /must not leave the project/],
    ['/etc/passwd', /not an absolute path/],
    ['\\\\server\\share', /not an absolute path/],
    ['C:\\Windows', /not an absolute path/],
    ['c:/x', /not an absolute path/],
    ['a\u0000b', /not a valid path/],
  ])('refuses %j', (input, message) => {
    expect(() => checkRelativePath(input)).toThrow(message);
  });
});

describe('resolveInsideProject', () => {
  let folder: { path: string; remove: () => void };
  let root: string;
  beforeAll(() => {
    folder = createTemporaryFolder();
    root = join(folder.path, 'project');
    mkdirSync(join(root, 'inner'), { recursive: true });
    mkdirSync(join(folder.path, 'outside'));
    symlinkSync(join(folder.path, 'outside'), join(root, 'escape'));
    symlinkSync(join(root, 'inner'), join(root, 'alias'));
    root = realpathSync(root);
  });
  afterAll(() => folder.remove());

  it.each([
    ['inner/a.txt', true],
    ['alias/a.txt', true],
    ['not/yet/created.json', true],
    ['escape/a.txt', false],
    ['escape', false],
    ['escape/new/deeper.json', false],
  ])('%j stays inside: %s', async (relativePath, inside) => {
    const resolving = resolveInsideProject(nodeFileSystem, root, relativePath);
    if (inside) await expect(resolving).resolves.toBe(join(root, ...relativePath.split('/')));
    else await expect(resolving).rejects.toThrow(/leads outside the project folder/);
  });
});
