import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, type TestContext } from 'vitest';
import { numberedAnnotations } from '../core/testing/numberedAnnotations';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { findTempFiles } from '../workspace/testing/tempFiles';
import { tryLockFolder } from '../workspace/testing/lockedFolder';
import { SAMPLE_PROJECT, copySampleProject } from '../workspace/testing/temporaryFolder';
import { tryMountTmpfs, type TmpfsMount } from '../workspace/testing/tmpfsMount';
import { ProjectService } from './projectService';

const FILE = 'annotations/alice/288.json';
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup();
});

function mountOrSkip(context: TestContext, options: string): TmpfsMount {
  const mount = tryMountTmpfs(options);
  if ('notPermitted' in mount) return context.skip(mount.notPermitted);
  cleanups.push(() => mount.unmount());
  return mount;
}

/** Opens the project and tries to save new spans over alice's file for document 288. */
async function saveNewSpans(projectPath: string) {
  const service = await ProjectService.open(nodeFileSystem, projectPath);
  const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
  return service.saveAnnotations({
    documentId: '288',
    annotator: 'alice',
    annotations: numberedAnnotations(opened.article, 7),
    baseRevision: opened.revision,
  });
}

describe('saves against a real disk that refuses them', () => {
  it('a read-only mount: the save fails plainly and the file is untouched', async (context) => {
    const mount = mountOrSkip(context, 'size=1m');
    const project = join(mount.path, 'project');
    cpSync(SAMPLE_PROJECT, project, { recursive: true });
    const before = readFileSync(join(project, FILE));
    mount.remount('ro');
    await expect(saveNewSpans(project)).rejects.toThrow(
      /^annotations\/alice\/288\.json: could not save \(create a temporary file failed\): the disk or folder is read-only \(EROFS\)$/,
    );
    expect(readFileSync(join(project, FILE)).equals(before)).toBe(true);
    mount.remount('rw');
    expect(findTempFiles(project)).toEqual([]);
    expect(await saveNewSpans(project)).toMatchObject({ outcome: 'saved' });
  });

  it('a full disk (64 KB tmpfs): the save fails plainly and the file is untouched', async (context) => {
    const mount = mountOrSkip(context, 'size=64k');
    const project = join(mount.path, 'project');
    cpSync(SAMPLE_PROJECT, project, { recursive: true });
    const before = readFileSync(join(project, FILE));
    const filler = join(mount.path, 'filler');
    expect(() => {
      for (;;) writeFileSync(filler, new Uint8Array(1024), { flag: 'a' });
    }).toThrow(/ENOSPC/);
    await expect(saveNewSpans(project)).rejects.toThrow(
      /^annotations\/alice\/288\.json: could not save \(write failed\): the disk is full \(ENOSPC\)$/,
    );
    expect(readFileSync(join(project, FILE)).equals(before)).toBe(true);
    expect(findTempFiles(project)).toEqual([]);
    rmSync(filler);
    expect(await saveNewSpans(project)).toMatchObject({ outcome: 'saved' });
  });

  it('a folder Parley may not write to: the save fails plainly', async (context) => {
    const project = copySampleProject();
    cleanups.push(project.remove);
    const locked = tryLockFolder(join(project.path, 'annotations/alice'));
    if ('notPermitted' in locked) return context.skip(locked.notPermitted);
    cleanups.push(locked.unlock);
    const before = readFileSync(join(project.path, FILE));
    const cause = locked.code === 'EACCES' ? 'permission denied' : 'the operation is not permitted';
    await expect(saveNewSpans(project.path)).rejects.toThrow(
      new RegExp(
        `^annotations/alice/288\\.json: could not save \\(create a temporary file failed\\): ${cause}.*\\(${locked.code}\\)$`,
      ),
    );
    expect(readFileSync(join(project.path, FILE)).equals(before)).toBe(true);
    expect(findTempFiles(project.path)).toEqual([]);
    locked.unlock();
    expect(await saveNewSpans(project.path)).toMatchObject({ outcome: 'saved' });
  });
});
