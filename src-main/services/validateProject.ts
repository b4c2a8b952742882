import { join } from 'node:path';
import {
  loadAnnotationFile,
  type LoadedAnnotationFile,
} from '../core/annotations/loadAnnotationFile';
import type { Article } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { ANNOTATIONS_FOLDER, documentIdFromFileName } from '../core/project/annotationPaths';
import { listAnnotationFiles, listAnnotators } from '../workspace/projectFolder';
import { readFileCapped } from '../workspace/readFileCapped';
import { describeStorageError } from '../workspace/storageError';
import {
  DEFAULT_LIMITS,
  indexProject,
  type ProjectIndex,
  type ProjectLimits,
} from './projectIndex';

/** One annotation file of a project, loaded and checked against its document. */
export interface CheckedAnnotationFile {
  annotator: string;
  /** Project-relative path. */
  path: string;
  article: Article | undefined;
  loaded: LoadedAnnotationFile;
}

/** Loads one annotation file and checks that it belongs where it lies. */
export async function checkAnnotationFile(
  fileSystem: FileSystem,
  index: ProjectIndex,
  annotator: string,
  fileName: string,
  limits: ProjectLimits = DEFAULT_LIMITS,
): Promise<CheckedAnnotationFile> {
  const path = `${ANNOTATIONS_FOLDER}/${annotator}/${fileName}`;
  const documentId = documentIdFromFileName(fileName);
  const article = documentId === undefined ? undefined : index.documents.get(documentId);
  let text: string;
  try {
    const bytes = await readFileCapped(
      fileSystem,
      join(index.realRoot, ANNOTATIONS_FOLDER, annotator, fileName),
      limits.maxAnnotationFileSize,
      path,
    );
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const problem =
      error instanceof ParleyError
        ? error.problem
        : describeStorageError(error, path, 'read the file').problem;
    const message = error instanceof TypeError ? 'is not valid UTF-8 text' : problem;
    return {
      annotator,
      path,
      article,
      loaded: { ok: false, problems: [{ file: path, jsonPath: '$', message, severity: 'error' }] },
    };
  }
  const loaded = loadAnnotationFile(text, path, article);
  if (!loaded.ok) return { annotator, path, article, loaded };
  const extra: Problem[] = [];
  if (!article) {
    extra.push({
      file: path,
      jsonPath: '$',
      message:
        documentId === undefined
          ? 'the file name is not <document id>.json'
          : `no document with id "${documentId}" in this project`,
      severity: 'error',
    });
  } else if (loaded.file.document.id !== article.id) {
    extra.push({
      file: path,
      jsonPath: '$.document.id',
      message: `is "${loaded.file.document.id}" but the file name says "${article.id}"`,
      severity: 'error',
    });
  }
  if (loaded.file.annotator !== annotator) {
    extra.push({
      file: path,
      jsonPath: '$.annotator',
      message: `is "${loaded.file.annotator}" but the file lies in the folder of "${annotator}"`,
      severity: 'error',
    });
  }
  return {
    annotator,
    path,
    article,
    loaded: { ...loaded, problems: [...loaded.problems, ...extra] },
  };
}

/** Every annotation file of an indexed project, checked; in annotator then file-name order. */
export async function checkAllAnnotationFiles(
  fileSystem: FileSystem,
  index: ProjectIndex,
  limits: ProjectLimits = DEFAULT_LIMITS,
): Promise<CheckedAnnotationFile[]> {
  const checked: CheckedAnnotationFile[] = [];
  for (const annotator of await listAnnotators(fileSystem, index.realRoot)) {
    for (const fileName of await listAnnotationFiles(fileSystem, index.realRoot, annotator)) {
      checked.push(await checkAnnotationFile(fileSystem, index, annotator, fileName, limits));
    }
  }
  return checked;
}

/** Validates a whole project folder: settings, articles, and every annotation file. */
export async function validateProject(
  fileSystem: FileSystem,
  root: string,
  limits: ProjectLimits = DEFAULT_LIMITS,
): Promise<{ index: ProjectIndex; files: number; problems: Problem[] }> {
  const index = await indexProject(fileSystem, root, limits);
  const checked = await checkAllAnnotationFiles(fileSystem, index, limits);
  return {
    index,
    files: checked.length,
    problems: [...index.problems, ...checked.flatMap((file) => file.loaded.problems)],
  };
}
