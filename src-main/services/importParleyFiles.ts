import { dirname } from 'node:path';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import type { AnnotationFile } from '../core/annotations/annotationSchema';
import { serializeAnnotationFile } from '../core/annotations/serializeAnnotationFile';
import type { ArticleMetadata } from '../core/articles/article';
import type { Problem } from '../core/errors';
import type { ImportFile } from '../core/import/parseImportFiles';
import type { FileSystem } from '../core/ports/fileSystem';
import { annotationFilePath, annotatorNameSchema } from '../core/project/annotationPaths';
import type { ImportReport } from '../contract/parleyContract';
import { writeFileAtomically } from '../workspace/atomicWrite';
import { resolveInsideProject } from '../workspace/projectPaths';
import type { IndexedArticle } from './articleStore';
import { readMatchedArticle } from './importIntoProject';
import type { ProjectIndex } from './projectIndex';

export interface ParleyFilesImportOptions {
  /** Writes every file as this annotator instead of the one the file names. */
  annotator?: string;
  /** Replace existing annotation files (otherwise they are reported in `needsDecision`). */
  replace: boolean;
  /** Write only these project-relative annotation files; the others are skipped unreported. */
  only?: ReadonlySet<string>;
}

function problemsOf(source: string, problems: readonly Problem[]): ImportReport['problems'] {
  return problems.map((problem) => ({
    path: `${source}: ${problem.jsonPath}`,
    message: problem.severity === 'warning' ? `warning: ${problem.message}` : problem.message,
  }));
}

/** The project document a file is about: its own id and text, else the same text, else the id. */
function findArticle(
  index: ProjectIndex,
  byHash: ReadonlyMap<string, IndexedArticle>,
  file: AnnotationFile,
) {
  const byId = index.documents.get(file.document.id);
  if (byId && byId.textSha256 === file.document.textSha256)
    return { article: byId, matchedBy: 'id' as const };
  const sameText = byHash.get(file.document.textSha256);
  if (sameText) return { article: sameText, matchedBy: 'text' as const };
  return byId ? { article: byId, matchedBy: 'id' as const } : undefined;
}

/** The file as it will lie in the project: about the project's document, by `annotator`. */
function adopt(file: AnnotationFile, article: ArticleMetadata, annotator: string): AnnotationFile {
  return {
    ...file,
    document: {
      ...file.document,
      id: article.id,
      path: article.path,
      title: article.title,
      textSha256: article.textSha256,
      textLength: article.textLength,
    },
    annotator,
  };
}

/**
 * Copies colleagues' Parley annotation files into the project: each is validated, matched to a
 * project document (by id and text hash, else by either), re-anchored when the text differs (spans that
 * cannot be placed keep their offsets and are flagged when the file is opened), and written
 * atomically to annotations/<annotator>/. An existing file is never replaced without `replace`.
 */
export async function importParleyFiles(
  fileSystem: FileSystem,
  index: ProjectIndex,
  files: readonly ImportFile[],
  options: ParleyFilesImportOptions,
): Promise<ImportReport> {
  const report: ImportReport = { written: [], needsDecision: [], unmatched: [], problems: [] };
  const targets = new Map<string, string>();
  const byHash = new Map<string, IndexedArticle>();
  for (const document of index.documents.values())
    if (!byHash.has(document.textSha256)) byHash.set(document.textSha256, document);
  for (const { name, content } of files) {
    const loaded = loadAnnotationFile(content, name);
    if (!loaded.ok) {
      report.problems.push(...problemsOf(name, loaded.problems));
      continue;
    }
    if (loaded.readOnlyReason) {
      report.problems.push({ path: name, message: `${loaded.readOnlyReason} Not imported.` });
      continue;
    }
    const annotator = options.annotator ?? loaded.file.annotator;
    if (!annotatorNameSchema.safeParse(annotator).success) {
      report.problems.push({
        path: `${name}: $.annotator`,
        message: `"${annotator}" cannot be an annotator folder name; import the file under another annotator name`,
      });
      continue;
    }
    const match = findArticle(index, byHash, loaded.file);
    if (!match) {
      report.unmatched.push(name);
      report.problems.push({
        path: `${name}: $.document`,
        message: `document "${loaded.file.document.id}" is not in this project, by id or by text; not imported`,
      });
      continue;
    }
    const file = annotationFilePath(annotator, match.article.id);
    if (options.only && !options.only.has(file)) continue;
    const earlier = targets.get(file);
    if (earlier !== undefined) {
      report.problems.push({
        path: name,
        message: `is also ${annotator}'s file for document "${match.article.id}", like ${earlier}; only ${earlier} is imported`,
      });
      continue;
    }
    targets.set(file, name);

    const article = await readMatchedArticle(index, match.article, name, report.problems);
    if (!article) continue;
    const anchored = loadAnnotationFile(content, name, article);
    if (!anchored.ok) {
      report.problems.push(...problemsOf(name, anchored.problems));
      continue;
    }
    report.problems.push(...problemsOf(name, anchored.problems));
    const target = {
      file,
      documentId: match.article.id,
      annotator,
      spans: anchored.file.annotations.length,
      source: name,
    };
    const absolutePath = await resolveInsideProject(fileSystem, index.realRoot, file);
    const exists = await fileSystem.stat(absolutePath).then(
      () => true,
      () => false,
    );
    if (exists && !options.replace) {
      report.needsDecision.push(target);
      continue;
    }
    await fileSystem.makeDirectory(dirname(absolutePath));
    await writeFileAtomically(
      fileSystem,
      absolutePath,
      serializeAnnotationFile(adopt(anchored.file, match.article, annotator)),
      file,
    );
    report.written.push({
      ...target,
      matchedBy: match.matchedBy,
      replaced: exists,
      flagged: anchored.flagged.length,
    });
  }
  return report;
}
