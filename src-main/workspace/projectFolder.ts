import { join } from 'node:path';
import { isArticleFileName } from '../core/articles/article';
import type { FileSystem } from '../core/ports/fileSystem';
import {
  ANNOTATIONS_FOLDER,
  EXPORTS_FOLDER,
  documentIdFromFileName,
} from '../core/project/annotationPaths';
import { isInsideProject } from './projectPaths';
import { compareCodeUnits } from '../core/text/compareCodeUnits';

/**
 * Every article file under the project, as sorted "/"-separated relative paths: recursive,
 * skipping the annotations and exports folders, hidden entries, and links that lead outside the project.
 */
export async function listArticleFiles(
  fileSystem: FileSystem,
  projectRealRoot: string,
): Promise<string[]> {
  const found: string[] = [];
  const visit = async (relativeFolder: string, depth: number): Promise<void> => {
    if (depth > 32) return; // a folder tree this deep is a link cycle, not a corpus
    const absoluteFolder =
      relativeFolder === '' ? projectRealRoot : join(projectRealRoot, ...relativeFolder.split('/'));
    const entries = await fileSystem.readDirectory(absoluteFolder);
    for (const entry of entries.sort((a, b) => compareCodeUnits(a.name, b.name))) {
      if (entry.name.startsWith('.')) continue;
      const relativePath = relativeFolder === '' ? entry.name : `${relativeFolder}/${entry.name}`;
      // An export (a .jsonl dataset, brat's .txt files) must not come back as articles.
      if (relativePath === ANNOTATIONS_FOLDER || relativePath === EXPORTS_FOLDER) continue;
      let { isFile, isDirectory } = entry;
      if (entry.isSymbolicLink) {
        const absolute = join(absoluteFolder, entry.name);
        if (!(await isInsideProject(fileSystem, projectRealRoot, absolute))) continue;
        // Linked folders are skipped: they could make the walk visit a folder twice.
        const stat = await fileSystem.stat(absolute).catch(() => undefined);
        isFile = stat?.isFile ?? false;
        isDirectory = false;
      }
      if (isDirectory) await visit(relativePath, depth + 1);
      else if (isFile && isArticleFileName(entry.name)) found.push(relativePath);
    }
  };
  await visit('', 0);
  return found;
}

/** The annotator folders under annotations/, sorted. */
export async function listAnnotators(
  fileSystem: FileSystem,
  projectRealRoot: string,
): Promise<string[]> {
  const entries = await fileSystem
    .readDirectory(join(projectRealRoot, ANNOTATIONS_FOLDER))
    .catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** The annotation file names in one annotator's folder, sorted. */
export async function listAnnotationFiles(
  fileSystem: FileSystem,
  projectRealRoot: string,
  annotator: string,
): Promise<string[]> {
  const entries = await fileSystem
    .readDirectory(join(projectRealRoot, ANNOTATIONS_FOLDER, annotator))
    .catch(() => []);
  return entries
    .filter((entry) => entry.isFile && entry.name.endsWith('.json') && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}

/** One annotation file found in the project, by its name only (nothing is read). */
export interface ListedAnnotationFile {
  annotator: string;
  fileName: string;
  /** The document the name stands for; undefined for a name Parley does not write. */
  documentId: string | undefined;
}

/**
 * Every annotation file of `annotators` (default: every annotator), annotators in the order
 * given (default: folder order). Only names that are annotator folders are read: a name from
 * the command line never leads outside annotations/.
 */
export async function listAllAnnotationFiles(
  fileSystem: FileSystem,
  projectRealRoot: string,
  annotators?: readonly string[],
): Promise<ListedAnnotationFile[]> {
  const folders = await listAnnotators(fileSystem, projectRealRoot);
  const listed: ListedAnnotationFile[] = [];
  for (const annotator of annotators?.filter((name) => folders.includes(name)) ?? folders) {
    for (const fileName of await listAnnotationFiles(fileSystem, projectRealRoot, annotator)) {
      listed.push({ annotator, fileName, documentId: documentIdFromFileName(fileName) });
    }
  }
  return listed;
}
