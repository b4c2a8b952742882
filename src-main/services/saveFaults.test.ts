import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import { numberedAnnotations, numberedSaveTime } from '../core/testing/numberedAnnotations';
import { revisionOf } from '../workspace/fileRevision';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { withFault, type SaveStep } from '../workspace/testing/faultyFileSystem';
import { findTempFiles } from '../workspace/testing/tempFiles';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { ProjectService } from './projectService';

const STEPS: SaveStep[] = ['open', 'write', 'fsync', 'rename', 'folder-fsync'];
/** What the analyst reads for each code: written here again so a change to the wording shows. */
const PLAIN_CAUSES: Record<string, string> = {
  EACCES: 'permission denied',
  ENOSPC: 'the disk is full',
  EROFS: 'the disk or folder is read-only',
  EBUSY: 'the file is busy',
  EPERM: 'the operation is not permitted',
  EIO: 'the disk reported an input/output error',
};
const MODES = ['once', 'always'] as const;
const CELLS = STEPS.flatMap((step) =>
  Object.keys(PLAIN_CAUSES).flatMap((code) => MODES.map((mode) => ({ step, code, mode }))),
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

/** Saves through a file system failing at `step`; checks the failure, then a retry. */
async function saveThroughFault(
  cell: (typeof CELLS)[number],
  annotator: string,
  documentId: string,
): Promise<void> {
  const relativePath = `annotations/${annotator}/${documentId}.json`;
  const target = join(project.path, relativePath);
  const before = existsSync(target) ? readFileSync(target) : undefined;
  const faulty = withFault(nodeFileSystem, cell.step, cell.code, cell.mode);
  const service = await ProjectService.open(faulty, project.path, {
    now: () => numberedSaveTime(1),
  });
  const opened = await service.openDocument({ documentId, annotator });
  const input = {
    documentId,
    annotator,
    annotations: numberedAnnotations(opened.article, 1),
    baseRevision: opened.revision,
  };
  const message = new RegExp(
    `^${escapeRegExp(relativePath)}: could not save \\(.+ failed\\): ` +
      `${escapeRegExp(PLAIN_CAUSES[cell.code]!)}.* \\(${cell.code}\\)$`,
  );
  const tries = cell.mode === 'always' ? 2 : 1;
  for (let attempt = 0; attempt < tries; attempt++) {
    await expect(service.saveAnnotations(input)).rejects.toThrow(message);
    if (before) expect(readFileSync(target).equals(before)).toBe(true);
    else expect(existsSync(target)).toBe(false);
    expect(findTempFiles(project.path)).toEqual([]);
  }
  if (cell.mode === 'always') return;

  const result = await service.saveAnnotations(input);
  expect(result.outcome).toBe('saved');
  const bytes = readFileSync(target);
  expect(result.outcome === 'saved' && result.revision).toBe(revisionOf(bytes));
  const loaded = loadAnnotationFile(bytes.toString('utf8'), relativePath, opened.article);
  expect(loaded.ok && loaded.file.annotations).toEqual(input.annotations);
  expect(findTempFiles(project.path)).toEqual([]);
}

describe('a save when the disk fails at one step (the whole grid)', () => {
  it('covers 5 steps × 6 codes × 2 modes', () => {
    expect(CELLS).toHaveLength(60);
  });

  it.each(CELLS)(
    '$step fails with $code ($mode): the old file stays byte-identical, no temp file remains',
    async (cell) => {
      await saveThroughFault(cell, 'alice', '288');
      await saveThroughFault(cell, 'carol', '733');
    },
  );
});

describe('a save where the old version cannot be hard-linked (FAT, some network shares)', () => {
  it.each(Object.keys(PLAIN_CAUSES))(
    'link fails with %s: the save holds the old bytes in memory instead and succeeds',
    async (code) => {
      const service = await ProjectService.open(
        withFault(nodeFileSystem, 'link', code),
        project.path,
      );
      const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
      const result = await service.saveAnnotations({
        documentId: '288',
        annotator: 'alice',
        annotations: numberedAnnotations(opened.article, 2),
        baseRevision: opened.revision,
      });
      const bytes = readFileSync(join(project.path, 'annotations/alice/288.json'));
      expect(result.outcome === 'saved' && result.revision).toBe(revisionOf(bytes));
      expect(findTempFiles(project.path)).toEqual([]);
    },
  );
});
