import { join } from 'node:path';
import {
  loadAnnotationFile,
  type LoadedAnnotationFile,
} from '../core/annotations/loadAnnotationFile';
import type { Article, ArticleMetadata } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { ANNOTATIONS_FOLDER, documentIdFromFileName } from '../core/project/annotationPaths';
import { listAnnotationFiles, listAnnotators } from '../workspace/projectFolder';
import { readFileCapped } from '../workspace/readFileCapped';
import { describeStorageError } from '../workspace/storageError';
import {
  DEFAULT_LIMITS,
  indexProject,
  problemFromError,
  type ProjectIndex,
  type ProjectLimits,
} from './projectIndex';

/** One annotation file of a project, loaded and checked against its document. */
export interface CheckedAnnotationFile {
  annotator: string;
  /** Project-relative path. */
  path: string;
  /** The project's document the file is about, if the project has it. */
  article: ArticleMetadata | undefined;
  loaded: LoadedAnnotationFile;
}

/** Shared: constructing a decoder costs about as much as decoding a small file. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Loads one annotation file and checks that it belongs where it lies, and its spans against the
 * document text: `loadedArticle` when the caller has read it already, else read from the project.
 */
export async function checkAnnotationFile(
  fileSystem: FileSystem,
  index: ProjectIndex,
  annotator: string,
  fileName: string,
  limits: ProjectLimits = DEFAULT_LIMITS,
  loadedArticle?: Article,
): Promise<CheckedAnnotationFile> {
  const path = `${ANNOTATIONS_FOLDER}/${annotator}/${fileName}`;
  const documentId = documentIdFromFileName(fileName);
  const document = documentId === undefined ? undefined : index.documents.get(documentId);
  let json: string;
  try {
    const bytes = await readFileCapped(
      fileSystem,
      join(index.realRoot, ANNOTATIONS_FOLDER, annotator, fileName),
      limits.maxAnnotationFileSize,
      path,
    );
    json = STRICT_UTF8.decode(bytes);
  } catch (error) {
    const problem =
      error instanceof ParleyError
        ? error.problem
        : describeStorageError(error, path, 'read the file').problem;
    const message = error instanceof TypeError ? 'is not valid UTF-8 text' : problem;
    return {
      annotator,
      path,
      article: document,
      loaded: { ok: false, problems: [{ file: path, jsonPath: '$', message, severity: 'error' }] },
    };
  }
  let article = loadedArticle;
  if (document && !article) {
    try {
      article = await index.articles.read(document);
    } catch (error) {
      const problem = problemFromError(error, document.file);
      return { annotator, path, article: document, loaded: { ok: false, problems: [problem] } };
    }
  }
  const loaded = loadAnnotationFile(json, path, article);
  if (!loaded.ok) return { annotator, path, article: document, loaded };
  const extra: Problem[] = [];
  if (!document) {
    extra.push({
      file: path,
      jsonPath: '$',
      message:
        documentId === undefined
          ? 'the file name is not <document id>.json'
          : `no document with id "${documentId}" in this project`,
      severity: 'error',
    });
  } else if (loaded.file.document.id !== document.id) {
    extra.push({
      file: path,
      jsonPath: '$.document.id',
      message: `is "${loaded.file.document.id}" but the file name says "${document.id}"`,
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
    article: document,
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
