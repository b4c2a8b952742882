import { join } from 'node:path';
import {
  loadAnnotationFile,
  type LoadedAnnotationFile,
} from '../core/annotations/loadAnnotationFile';
import type { Article, ArticleMetadata } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { ANNOTATIONS_FOLDER, documentIdFromFileName } from '../core/project/annotationPaths';
import { compareCodeUnits } from '../core/text/compareCodeUnits';
import { listAllAnnotationFiles, type ListedAnnotationFile } from '../workspace/projectFolder';
import { readFileCapped } from '../workspace/readFileCapped';
import { describeStorageError } from '../workspace/storageError';
import {
  DEFAULT_LIMITS,
  indexProject,
  problemFromError,
  type ProjectIndex,
  type ProjectLimits,
} from './projectIndex';
import { readAhead } from './readAhead';

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

/**
 * Every annotation file of an indexed project, checked against its text: document by document,
 * each text read (and its hash checked) once for all its annotators, a few documents ahead;
 * then the files about no document of the project. Only a few documents' files are in memory at
 * a time, so callers keep what they need. Within a document, files come in annotator order.
 */
export async function* checkAllAnnotationFiles(
  fileSystem: FileSystem,
  index: ProjectIndex,
  limits: ProjectLimits = DEFAULT_LIMITS,
): AsyncGenerator<CheckedAnnotationFile> {
  const filesByDocument = new Map<string, ListedAnnotationFile[]>();
  const aboutNoDocument: ListedAnnotationFile[] = [];
  for (const file of await listAllAnnotationFiles(fileSystem, index.realRoot)) {
    const { documentId } = file;
    const files = documentId === undefined ? undefined : filesByDocument.get(documentId);
    if (files) files.push(file);
    else if (documentId !== undefined && index.documents.has(documentId))
      filesByDocument.set(documentId, [file]);
    else aboutNoDocument.push(file);
  }
  const documents = [...index.documents.values()].filter((document) =>
    filesByDocument.has(document.id),
  );
  const check = (file: ListedAnnotationFile, article?: Article) =>
    checkAnnotationFile(fileSystem, index, file.annotator, file.fileName, limits, article);
  for await (const checked of readAhead(documents, async (document) => {
    // A text that cannot be read is left to each file's own check, which says why (after any
    // problem with the file itself, as when the file is checked alone).
    const article = await index.articles.read(document).catch(() => undefined);
    return Promise.all(filesByDocument.get(document.id)!.map((file) => check(file, article)));
  })) {
    yield* checked;
  }
  for (const file of aboutNoDocument) yield await check(file);
}

/** Annotator, then file name: the order of the annotations folder, in which files are reported. */
export function compareAnnotationFiles(
  a: Pick<CheckedAnnotationFile, 'annotator' | 'path'>,
  b: Pick<CheckedAnnotationFile, 'annotator' | 'path'>,
): number {
  return compareCodeUnits(a.annotator, b.annotator) || compareCodeUnits(a.path, b.path);
}

/** Validates a whole project folder: settings, articles, and every annotation file. */
export async function validateProject(
  fileSystem: FileSystem,
  root: string,
  limits: ProjectLimits = DEFAULT_LIMITS,
): Promise<{ index: ProjectIndex; files: number; problems: Problem[] }> {
  const index = await indexProject(fileSystem, root, limits);
  let files = 0;
  const withProblems: { annotator: string; path: string; problems: Problem[] }[] = [];
  for await (const { annotator, path, loaded } of checkAllAnnotationFiles(
    fileSystem,
    index,
    limits,
  )) {
    files++;
    // Only the problems are kept: a large project's spans never sit in memory all at once.
    if (loaded.problems.length > 0)
      withProblems.push({ annotator, path, problems: loaded.problems });
  }
  withProblems.sort(compareAnnotationFiles);
  return {
    index,
    files,
    problems: [...index.problems, ...withProblems.flatMap((file) => file.problems)],
  };
}
