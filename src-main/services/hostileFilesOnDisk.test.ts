import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import { CodePointIndex } from '../core/text/codePoints';
import {
  hostileAnnotationFiles,
  type HostileAnnotationFile,
} from '../core/testing/hostileAnnotationFiles';
import { hostileArticleFiles } from '../core/testing/hostileArticleFiles';
import { prototypeChanges } from '../core/testing/runHostileCorpus';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject, createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { DEFAULT_LIMITS, type ProjectLimits } from './projectIndex';
import { ProjectService } from './projectService';
import { checkAnnotationFile, validateProject } from './validateProject';

const SEED = 20261127;
/** Small caps, so files over them are refused unread without writing 50 MB files. */
const LIMITS: ProjectLimits = { maxAnnotationFileSize: 16 * 1024, maxArticleFileSize: 8 * 1024 };
const FILE = 'annotations/alice/288.json';

let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** What `parley validate` says about one hostile file, checked against what it must say. */
function validateFailures(file: HostileAnnotationFile, problems: Problem[], ok: boolean) {
  const failures: string[] = [];
  if (problems.some((problem) => problem.file !== FILE || !problem.jsonPath.startsWith('$')))
    failures.push('a problem does not name the file and a JSON path');
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (file.bytes.length > LIMITS.maxAnnotationFileSize) {
    if (!problems.some((problem) => /over the .* limit/.test(problem.message)))
      failures.push('a file over the cap was not refused for its size');
  } else if (file.expected === 'refused' && (ok || errors.length === 0))
    failures.push('expected refused');
  else if (file.expected === 'problem' && problems.length === 0)
    failures.push('expected a problem');
  return failures;
}

/** What opening the file in the app does, checked: refused naming it, or nothing misdrawn. */
async function openFailures(
  service: ProjectService,
  file: HostileAnnotationFile,
  article: Article,
) {
  try {
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    const failures: string[] = [];
    const flagged = new Set(opened.flagged.map((flag) => flag.annotationId));
    const index = new CodePointIndex(article.text);
    for (const annotation of opened.annotations) {
      if (flagged.has(annotation.id)) continue;
      if (
        annotation.end > index.codePointLength ||
        index.slice(annotation.start, annotation.end) !== annotation.text
      )
        failures.push(`span ${annotation.id} would be drawn over other text`);
    }
    const mustRefuse =
      file.expected === 'refused' || file.bytes.length > LIMITS.maxAnnotationFileSize;
    if (mustRefuse && isValidUtf8(file.bytes)) failures.push('opened although it must be refused');
    return { failures, opened: true };
  } catch (error) {
    if (!(error instanceof ParleyError) || !error.message.startsWith(`${FILE}: `))
      return { failures: [`threw ${String(error)}`], opened: false };
    return { failures: [], opened: false };
  }
}

describe('hostile files on a real disk', () => {
  it('300 annotation files: validate and open refuse or load them soundly', async () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const service = await ProjectService.open(nodeFileSystem, project.path, { limits: LIMITS });
    const article = await service.loadArticle('288');
    const failures: string[] = [];
    let refusedForSize = 0;
    let openedCount = 0;
    let openedInvalid = 0;
    let validateRefused = 0;
    for (const file of hostileAnnotationFiles(SEED, 300, [article], 1_000_000)) {
      writeFileSync(join(project.path, FILE), file.bytes);
      const checked = await checkAnnotationFile(
        nodeFileSystem,
        service.projectIndex,
        'alice',
        '288.json',
        LIMITS,
      );
      if (file.bytes.length > LIMITS.maxAnnotationFileSize) refusedForSize++;
      const opened = await openFailures(service, file, article);
      if (opened.opened) openedCount++;
      if (opened.opened && !isValidUtf8(file.bytes)) openedInvalid++;
      if (!checked.loaded.ok) validateRefused++;
      for (const failure of [
        ...validateFailures(file, checked.loaded.problems, checked.loaded.ok),
        ...opened.failures,
      ])
        failures.push(`${file.name}: ${failure}`);
    }
    console.log(
      `hostile annotation files on disk: 300, validate refused ${validateRefused}, ` +
        `refused for size ${refusedForSize}, opened by the app ${openedCount} ` +
        `(of which not valid UTF-8: ${openedInvalid})`,
    );
    expect(failures).toEqual([]);
    expect(refusedForSize).toBeGreaterThan(0);
    expect(prototypeChanges(prototypeBefore)).toEqual([]);
  }, 60_000);

  it('refuses to open an annotation file that is not valid UTF-8, as validate does', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path);
    const bytes = new TextEncoder().encode(
      JSON.stringify({
        format: 'parley-annotations',
        version: 1,
        document: { id: '288', textSha256: service.article('288').textSha256 },
        annotator: 'alice',
        annotations: [],
        note: 'café',
      }),
    );
    // "café" as Latin-1, as another tool might write it: 0xE9 alone is not UTF-8.
    const at = bytes.indexOf(0xc3);
    writeFileSync(
      join(project.path, FILE),
      Uint8Array.from([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at + 2)]),
    );
    await expect(service.openDocument({ documentId: '288', annotator: 'alice' })).rejects.toThrow(
      /not valid UTF-8/,
    );
  });

  it('100 article files: the project opens, refusing each bad file by name', async () => {
    const folder = createTemporaryFolder();
    try {
      const files = [...hostileArticleFiles(SEED, 100, 1_000_000)];
      for (const file of files) {
        const path = join(folder.path, ...file.path.split('/'));
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, file.bytes);
      }
      const { index, problems } = await validateProject(nodeFileSystem, folder.path, LIMITS);
      const named = new Set(problems.map((problem) => problem.file));
      const unnamed = files.filter(
        (file) =>
          (file.expected === 'refused' || file.bytes.length > LIMITS.maxArticleFileSize) &&
          !named.has(file.path),
      );
      expect(unnamed.map((file) => file.path)).toEqual([]);
      expect(index.documents.size).toBeGreaterThan(0);
      expect(problems.every((problem) => problem.message.trim() !== '')).toBe(true);
    } finally {
      folder.remove();
    }
  });

  it('refuses an annotation file over the cap unread, naming it and the sizes', async () => {
    writeFileSync(join(project.path, FILE), ' '.repeat(LIMITS.maxAnnotationFileSize + 1));
    const service = await ProjectService.open(nodeFileSystem, project.path, {
      limits: { ...DEFAULT_LIMITS, maxAnnotationFileSize: LIMITS.maxAnnotationFileSize },
    });
    await expect(service.openDocument({ documentId: '288', annotator: 'alice' })).rejects.toThrow(
      /^annotations\/alice\/288\.json: is .* MB, over the .* MB limit for this kind of file$/,
    );
  });
});
