import { dirname, join } from 'node:path';
import type { Annotation } from '../core/annotations/annotationSchema';
import type { Article } from '../core/articles/article';
import type { Problem } from '../core/errors';
import type { ExportOptions, OutputChunk } from '../core/export/exportDocument';
import { createExporter } from '../core/export/createExporter';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../core/export/exportFormats';
import type { ExportWarning } from '../core/export/exportWarning';
import type { FileSystem } from '../core/ports/fileSystem';
import { GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import { AtomicOutputFiles } from '../workspace/atomicOutputFiles';
import type { IndexedArticle } from './articleStore';
import { createYielder } from './createYielder';
import { readAhead } from './readAhead';
import { problemFromError, type ProjectIndex } from './projectIndex';
import { checkAnnotationFile, type CheckedAnnotationFile } from './validateProject';
import { listAllAnnotationFiles } from '../workspace/projectFolder';

export interface ExportRequest {
  format: ExportFormat;
  /** Absolute path: the file for single-file formats, the folder for folder formats. */
  out: string;
  /** One annotator's files; `gold` for the adjudicated set. Default: every annotator but gold. */
  annotator?: string;
  /** Documents to export, by id. Default: all. */
  documents?: readonly string[];
  /** Also export documents without annotations (as documents with no spans). */
  includeUnannotated?: boolean;
  options?: ExportOptions;
  /** Called once the documents are known (0 done), then after each document. */
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface ExportSummary {
  documents: number;
  spans: number;
  warnings: ExportWarning[];
  /**
   * Files left out: invalid annotation files, and article files that changed or went away since
   * the project was indexed (their documents are left out).
   */
  problems: Problem[];
  /** Absolute paths written. */
  files: string[];
}

/** Where one output chunk goes: the target itself, a sibling of it, or a file in the folder. */
function outputPath(format: ExportFormat, out: string, file: string): string {
  const info = EXPORT_FORMAT_INFO[format];
  if (info.layout === 'folder') return join(out, ...file.split('/'));
  return file === info.files[0] ? out : join(dirname(out), ...file.split('/'));
}

function flaggedPath(problem: Problem, file: CheckedAnnotationFile, flagged: Set<string>): boolean {
  const match = /^\$\.annotations\[(\d+)\]$/.exec(problem.jsonPath);
  if (!match || !file.loaded.ok) return false;
  const annotation = file.loaded.file.annotations[Number(match[1])];
  return annotation !== undefined && flagged.has(annotation.id);
}

/** Which annotators (of those selected) have a file for which document id. */
async function annotatorsByDocument(
  fileSystem: FileSystem,
  index: ProjectIndex,
  annotator: string | undefined,
) {
  const listed = await listAllAnnotationFiles(
    fileSystem,
    index.realRoot,
    annotator === undefined ? undefined : [annotator],
  );
  const byDocument = new Map<string, { annotator: string; fileName: string }[]>();
  for (const file of listed) {
    if (annotator === undefined && file.annotator === GOLD_ANNOTATOR) continue;
    // A name Parley does not write is kept under itself, so checking it can say what is wrong.
    const documentId = file.documentId ?? file.fileName;
    const entry = { annotator: file.annotator, fileName: file.fileName };
    const files = byDocument.get(documentId);
    if (files) files.push(entry);
    else byDocument.set(documentId, [entry]);
  }
  return byDocument;
}

/**
 * What one document contributes: each valid file's spans (the problems of the others go into
 * `problems`), or with `includeUnannotated` an empty entry when no file is valid.
 */
function exportEntries(
  files: readonly CheckedAnnotationFile[],
  request: ExportRequest,
  problems: Problem[],
): { annotator: string; annotations: Annotation[] }[] {
  const entries: { annotator: string; annotations: Annotation[] }[] = [];
  for (const file of files) {
    if (!file.loaded.ok) {
      problems.push(...file.loaded.problems);
      continue;
    }
    // Spans that could not be re-anchored keep their stored offsets; the exporters skip them
    // with a text-mismatch warning, so they are reported there rather than here.
    const flagged = new Set(file.loaded.flagged.map((flag) => flag.annotationId));
    problems.push(
      ...file.loaded.problems.filter(
        (problem) => problem.severity === 'error' && !flaggedPath(problem, file, flagged),
      ),
    );
    entries.push({ annotator: file.annotator, annotations: file.loaded.file.annotations });
  }
  if (entries.length === 0 && request.includeUnannotated)
    entries.push({ annotator: request.annotator ?? '', annotations: [] });
  return entries;
}

/** A document read for export: its text and checked annotation files, or why it was not read. */
type ReadDocument =
  { article: Article; files: CheckedAnnotationFile[] } | { article: undefined; problem?: Problem };

/**
 * Exports a project's annotations in `format`, streaming document by document into temp files
 * that replace the targets only when everything succeeded. Only a few documents' texts and
 * annotations are in memory at a time. Deterministic: documents in project order, annotators in
 * name order.
 */
export async function exportProject(
  fileSystem: FileSystem,
  index: ProjectIndex,
  request: ExportRequest,
): Promise<ExportSummary> {
  const filesByDocument = await annotatorsByDocument(fileSystem, index, request.annotator);
  const problems: Problem[] = [];
  for (const [documentId, files] of filesByDocument) {
    if (index.documents.has(documentId)) continue;
    for (const { annotator, fileName } of files) {
      const checked = await checkAnnotationFile(fileSystem, index, annotator, fileName);
      problems.push(...checked.loaded.problems.filter((problem) => problem.severity === 'error'));
    }
  }
  const wanted = request.documents ? new Set(request.documents) : undefined;
  const documents: IndexedArticle[] = [...index.documents.values()].filter(
    (document) => !wanted || wanted.has(document.id),
  );
  const readDocument = async (document: IndexedArticle): Promise<ReadDocument> => {
    // A document with nothing to export is not read.
    if (!filesByDocument.has(document.id) && !request.includeUnannotated)
      return { article: undefined };
    let article: Article;
    try {
      article = await index.articles.read(document);
    } catch (error) {
      return { article: undefined, problem: problemFromError(error, document.file) };
    }
    const files = await Promise.all(
      (filesByDocument.get(document.id) ?? []).map(({ annotator, fileName }) =>
        checkAnnotationFile(fileSystem, index, annotator, fileName, undefined, article),
      ),
    );
    return { article, files };
  };
  const annotators = new Set(
    documents.flatMap((document) =>
      (filesByDocument.get(document.id) ?? []).map((file) => file.annotator),
    ),
  );
  const exporter = createExporter(request.format, {
    labels: index.config.labels,
    attributes: index.config.attributes,
    annotators: [...annotators].sort(),
    options: request.options,
  });
  const output = new AtomicOutputFiles(fileSystem);
  const write = async (chunks: OutputChunk[]) => {
    for (const chunk of chunks)
      await output.append(outputPath(request.format, request.out, chunk.file), chunk.text);
  };
  const summary: ExportSummary = { documents: 0, spans: 0, warnings: [], problems, files: [] };
  const yieldToOtherWork = createYielder();
  try {
    await write(exporter.start());
    // Texts and annotation files are read ahead while the exporter works on the current one.
    let position = 0;
    for await (const read of readAhead(documents, readDocument)) {
      if (request.signal?.aborted) throw new Error('the export was cancelled');
      if (read.article) {
        for (const entry of exportEntries(read.files, request, problems)) {
          const result = exporter.addDocument({ ...read.article, ...entry });
          await write(result.chunks);
          summary.documents++;
          summary.spans += entry.annotations.length;
          summary.warnings.push(...result.warnings);
        }
      } else if (read.problem) problems.push(read.problem);
      request.onProgress?.(++position, documents.length);
      await yieldToOtherWork();
    }
    await write(exporter.finish());
    summary.files = await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return summary;
}
