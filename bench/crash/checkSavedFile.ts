import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadAnnotationFile } from '../../src-main/core/annotations/loadAnnotationFile';
import { serializeAnnotationFile } from '../../src-main/core/annotations/serializeAnnotationFile';
import type { Article } from '../../src-main/core/articles/article';
import {
  numberedAnnotations,
  numberedSaveTime,
} from '../../src-main/core/testing/numberedAnnotations';
import { revisionOf } from '../../src-main/workspace/fileRevision';
import { relativeFilePath, type SaveTarget } from './saveTargets';

/** What a target's file may hold after a kill. */
export interface Expectation {
  /** Its revision when last checked (null: absent): still right if no save of it completed. */
  previousRevision: string | null;
  /** The last save of this target that reported done since then, with its revision. */
  lastDone: { sequence: number; revision: string } | undefined;
  /** The save of this target that had started but not reported done when the child died. */
  inProgress: number | undefined;
}

function saveNumberOf(time: string | undefined): number | undefined {
  if (time === undefined) return undefined;
  const sequence = (Date.parse(time) - Date.parse(numberedSaveTime(0))) / 1000;
  return numberedSaveTime(sequence) === time ? sequence : undefined;
}

function findProblem(
  relativePath: string,
  bytes: Uint8Array | undefined,
  article: Article,
  expectation: Expectation,
): string | undefined {
  const { lastDone, inProgress } = expectation;
  if (!bytes) return `${relativePath} is missing`;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return `${relativePath} is not valid UTF-8`;
  }
  const loaded = loadAnnotationFile(text, relativePath, article);
  if (!loaded.ok) return `${relativePath} does not load: ${loaded.problems[0]?.message}`;
  if (loaded.problems.length > 0 || loaded.flagged.length > 0)
    return `${relativePath} loads with problems: ${loaded.problems[0]?.message}`;
  const sequence = saveNumberOf(loaded.file.updatedAt);
  if (sequence === undefined || (sequence !== lastDone?.sequence && sequence !== inProgress))
    return `${relativePath} holds save ${sequence}, not the last completed save (${lastDone?.sequence}) nor the one in progress (${inProgress})`;
  if (!isDeepStrictEqual(loaded.file.annotations, numberedAnnotations(article, sequence)))
    return `${relativePath} has other spans than save ${sequence} wrote`;
  if (serializeAnnotationFile(loaded.file) !== text)
    return `${relativePath} is not the bytes a save writes`;
  if (sequence === lastDone?.sequence && revisionOf(bytes) !== lastDone.revision)
    return `${relativePath} differs from the bytes save ${sequence} reported`;
  return undefined;
}

/**
 * Checks one target's file after a kill: it must load and validate against its article with
 * no problem, and hold exactly the last completed save or the one in progress (or, if no save
 * of it completed, what it held before). Returns what is wrong, and the file's revision now.
 */
export function checkSavedFile(
  projectPath: string,
  target: SaveTarget,
  article: Article,
  expectation: Expectation,
): { problem: string | undefined; revision: string | null } {
  const relativePath = relativeFilePath(target);
  const path = join(projectPath, relativePath);
  const bytes = existsSync(path) ? readFileSync(path) : undefined;
  const revision = bytes ? revisionOf(bytes) : null;
  if (expectation.lastDone === undefined && revision === expectation.previousRevision)
    return { problem: undefined, revision };
  return { problem: findProblem(relativePath, bytes, article, expectation), revision };
}
