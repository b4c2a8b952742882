import { nodeSha256OfText } from '../workspace/nodeTextHash';
import { basename, join } from 'node:path';
import { articleMetadataOf } from '../core/articles/article';
import { parseArticleFileWithLines } from '../core/articles/parseArticleFile';
import { ParleyError, type Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { PROJECT_CONFIG_FILE } from '../core/project/annotationPaths';
import { createDefaultProjectConfig } from '../core/project/defaultProjectConfig';
import { loadProjectConfig } from '../core/project/loadProjectConfig';
import type { ProjectConfig } from '../core/project/projectConfigSchema';
import { listArticleFiles } from '../workspace/projectFolder';
import { DEFAULT_ARTICLE_FILE_CAP, readFileCapped } from '../workspace/readFileCapped';
import { describeStorageError, systemErrorCode } from '../workspace/storageError';
import { ArticleStore, type IndexedArticle } from './articleStore';

export interface ProjectLimits {
  /** Bytes. */
  maxArticleFileSize: number;
  /** Bytes. */
  maxAnnotationFileSize: number;
}

/**
 * What Parley knows about an open project folder: its settings and its documents. It holds no
 * document text: `articles` reads texts on demand, so memory does not grow with the corpus.
 */
export interface ProjectIndex {
  realRoot: string;
  config: ProjectConfig;
  /** False when parley.json is missing (written on first save). */
  configExists: boolean;
  /** False when parley.json exists but is invalid: Parley then never writes it. */
  configWritable: boolean;
  /** Every document in project order (article files sorted by path, then line). */
  documents: Map<string, IndexedArticle>;
  /** Reads the texts of `documents`, checked against the index. */
  articles: ArticleStore;
  problems: Problem[];
}

/** The problem an error reading `file` (project-relative) amounts to. */
export function problemFromError(error: unknown, file: string): Problem {
  if (error instanceof ParleyError) {
    return {
      file: error.file,
      jsonPath: error.jsonPath ?? '$',
      message: error.problem,
      severity: 'error',
    };
  }
  return {
    file,
    jsonPath: '$',
    message: describeStorageError(error, file, 'read the file').problem,
    severity: 'error',
  };
}

async function readConfig(fileSystem: FileSystem, realRoot: string, limits: ProjectLimits) {
  const configPath = join(realRoot, PROJECT_CONFIG_FILE);
  try {
    const bytes = await readFileCapped(
      fileSystem,
      configPath,
      limits.maxAnnotationFileSize,
      PROJECT_CONFIG_FILE,
    );
    const loaded = loadProjectConfig(new TextDecoder().decode(bytes), PROJECT_CONFIG_FILE);
    if (loaded.ok) return { config: loaded.config, exists: true, writable: true, problems: [] };
    return {
      config: createDefaultProjectConfig(basename(realRoot)),
      exists: true,
      writable: false,
      problems: loaded.problems,
    };
  } catch (error) {
    if (systemErrorCode(error) === 'ENOENT') {
      return {
        config: createDefaultProjectConfig(basename(realRoot)),
        exists: false,
        writable: true,
        problems: [],
      };
    }
    return {
      config: createDefaultProjectConfig(basename(realRoot)),
      exists: true,
      writable: false,
      problems: [problemFromError(error, PROJECT_CONFIG_FILE)],
    };
  }
}

/**
 * Reads parley.json and every article under the project folder, keeping what identifies each
 * document and the hash of its text, not the text. Bad files become problems.
 */
export async function indexProject(
  fileSystem: FileSystem,
  root: string,
  limits: ProjectLimits,
): Promise<ProjectIndex> {
  let realRoot: string;
  try {
    realRoot = await fileSystem.realpath(root);
    if (!(await fileSystem.stat(realRoot)).isDirectory)
      throw new ParleyError(root, 'is not a folder');
  } catch (error) {
    throw describeStorageError(error, root, 'open the project folder');
  }
  const config = await readConfig(fileSystem, realRoot, limits);
  const problems: Problem[] = [...config.problems];
  const documents = new Map<string, IndexedArticle>();
  for (const relativePath of await listArticleFiles(fileSystem, realRoot)) {
    try {
      const bytes = await readFileCapped(
        fileSystem,
        join(realRoot, ...relativePath.split('/')),
        limits.maxArticleFileSize,
        relativePath,
      );
      for (const { article, line } of parseArticleFileWithLines(
        bytes,
        relativePath,
        nodeSha256OfText,
      )) {
        const existing = documents.get(article.id);
        if (existing) {
          problems.push({
            file: article.path,
            jsonPath: '$',
            message: `document id "${article.id}" is already used by ${existing.path}; ids must be unique in a project, so this one is left out`,
            severity: 'error',
          });
          continue;
        }
        documents.set(article.id, {
          ...articleMetadataOf(article),
          file: relativePath,
          ...(line ? { line } : {}),
        });
      }
    } catch (error) {
      problems.push(problemFromError(error, relativePath));
    }
  }
  return {
    realRoot,
    config: config.config,
    configExists: config.exists,
    configWritable: config.writable,
    documents,
    articles: new ArticleStore(fileSystem, realRoot, documents, limits.maxArticleFileSize),
    problems,
  };
}

export const DEFAULT_LIMITS: ProjectLimits = {
  maxArticleFileSize: DEFAULT_ARTICLE_FILE_CAP,
  maxAnnotationFileSize: 50 * 1024 * 1024,
};
