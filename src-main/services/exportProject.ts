import { dirname, join } from 'node:path';
import type { Annotation } from '../core/annotations/annotationSchema';
import type { Article } from '../core/articles/article';
import type { Problem } from '../core/errors';
import type { ExportOptions, OutputChunk } from '../core/export/exportDocument';
import { createExporter } from '../core/export/createExporter';
import { EXPORT_FORMAT_INFO, type ExportFormat } from '../core/export/exportFormats';
import type { ExportWarning } from '../core/export/exportWarning';
import type { FileSystem } from '../core/ports/fileSystem';
import { documentIdFromFileName, GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import { AtomicOutputFiles } from '../workspace/atomicOutputFiles';
import type { ProjectIndex } from './projectIndex';
import { checkAnnotationFile, type CheckedAnnotationFile } from './validateProject';
import { listAnnotationFiles, listAnnotators } from '../workspace/projectFolder';

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
  /** Annotation files left out because they are invalid. */
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

/** Milliseconds an export may hold the thread before it lets other work (HTTP, IPC) run. */
const TIME_SLICE_MS = 20;

/** Resolves at once while the slice lasts; otherwise after one turn of the event loop. */
function createYielder(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < TIME_SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}

function flaggedPath(problem: Problem, file: CheckedAnnotationFile, flagged: Set<string>): boolean {
  const match = /^\$\.annotations\[(\d+)\]$/.exec(problem.jsonPath);
  if (!match || !file.loaded.ok) return false;
  const annotation = file.loaded.file.annotations[Number(match[1])];
  return annotation !== undefined && flagged.has(annotation.id);
}

/** How many documents' annotation files are read ahead while the exporter works on the current one. */
const READ_AHEAD = 16;

/** Which annotators (of those selected) have a file for which document id. */
async function annotatorsByDocument(
  fileSystem: FileSystem,
  index: ProjectIndex,
  annotator: string | undefined,
) {
  const names = (await listAnnotators(fileSystem, index.realRoot)).filter((name) =>
    annotator === undefined ? name !== GOLD_ANNOTATOR : name === annotator,
  );
  const byDocument = new Map<string, { annotator: string; fileName: string }[]>();
  for (const name of names) {
    for (const fileName of await listAnnotationFiles(fileSystem, index.realRoot, name)) {
      const documentId = documentIdFromFileName(fileName) ?? fileName;
      byDocument.set(documentId, [
        ...(byDocument.get(documentId) ?? []),
        { annotator: name, fileName },
      ]);
    }
  }
  return byDocument;
}

/**
 * Exports a project's annotations in `format`, streaming document by document into temp files
 * that replace the targets only when everything succeeded. Only a few documents' annotations are
 * in memory at a time. Deterministic: documents in project order, annotators in name order.
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
  const articles: Article[] = [...index.documents.values()].filter(
    (article) => !wanted || wanted.has(article.id),
  );
  const readFiles = (article: Article) =>
    Promise.all(
      (filesByDocument.get(article.id) ?? []).map(({ annotator, fileName }) =>
        checkAnnotationFile(fileSystem, index, annotator, fileName),
      ),
    );
  const exporter = createExporter(request.format, {
    labels: index.config.labels,
    attributes: index.config.attributes,
    options: request.options,
  });
  const output = new AtomicOutputFiles(fileSystem);
  const write = async (chunks: OutputChunk[]) => {
    for (const chunk of chunks)
      await output.append(outputPath(request.format, request.out, chunk.file), chunk.text);
  };
  const summary: ExportSummary = { documents: 0, spans: 0, warnings: [], problems, files: [] };
  const pending = articles.slice(0, READ_AHEAD).map(readFiles);
  const yieldToOtherWork = createYielder();
  try {
    await write(exporter.start());
    for (const [position, article] of articles.entries()) {
      if (request.signal?.aborted) throw new Error('the export was cancelled');
      const checked = await pending[position]!;
      pending[position] = undefined as never; // let the annotations be collected once exported
      const next = articles[position + READ_AHEAD];
      if (next) pending.push(readFiles(next));
      const entries: { annotator: string; annotations: Annotation[] }[] = [];
      for (const file of checked) {
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
      for (const entry of entries) {
        const result = exporter.addDocument({
          ...article,
          annotator: entry.annotator,
          annotations: entry.annotations,
        });
        await write(result.chunks);
        summary.documents++;
        summary.spans += entry.annotations.length;
        summary.warnings.push(...result.warnings);
      }
      request.onProgress?.(position + 1, articles.length);
      await yieldToOtherWork();
    }
    await write(exporter.finish());
    summary.files = await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  } finally {
    // Reads already started must settle before the caller moves on.
    await Promise.allSettled(pending.filter(Boolean));
  }
  return summary;
}
