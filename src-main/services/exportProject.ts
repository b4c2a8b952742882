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
import type { ProjectIndex } from './projectIndex';
import { checkAllAnnotationFiles, type CheckedAnnotationFile } from './validateProject';

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
  /** Called after each document with how many are done out of how many. */
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

function selectFiles(
  checked: CheckedAnnotationFile[],
  annotator: string | undefined,
): CheckedAnnotationFile[] {
  return checked.filter((file) =>
    annotator === undefined ? file.annotator !== GOLD_ANNOTATOR : file.annotator === annotator,
  );
}

function flaggedPath(problem: Problem, file: CheckedAnnotationFile, flagged: Set<string>): boolean {
  const match = /^\$\.annotations\[(\d+)\]$/.exec(problem.jsonPath);
  if (!match || !file.loaded.ok) return false;
  const annotation = file.loaded.file.annotations[Number(match[1])];
  return annotation !== undefined && flagged.has(annotation.id);
}

/**
 * Exports a project's annotations in `format`, streaming document by document into temp files
 * that replace the targets only when everything succeeded. Deterministic: documents in project
 * order, annotators in name order.
 */
export async function exportProject(
  fileSystem: FileSystem,
  index: ProjectIndex,
  request: ExportRequest,
): Promise<ExportSummary> {
  const checked = selectFiles(await checkAllAnnotationFiles(fileSystem, index), request.annotator);
  const problems: Problem[] = [];
  const filesByDocument = new Map<string, { annotator: string; annotations: Annotation[] }[]>();
  for (const file of checked) {
    if (!file.loaded.ok || !file.article) {
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
    const entries = filesByDocument.get(file.article.id) ?? [];
    entries.push({ annotator: file.annotator, annotations: file.loaded.file.annotations });
    filesByDocument.set(file.article.id, entries);
  }

  const wanted = request.documents ? new Set(request.documents) : undefined;
  const articles: Article[] = [...index.documents.values()].filter(
    (article) => !wanted || wanted.has(article.id),
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
  try {
    await write(exporter.start());
    for (const [position, article] of articles.entries()) {
      if (request.signal?.aborted) throw new Error('the export was cancelled');
      const entries =
        filesByDocument.get(article.id) ??
        (request.includeUnannotated
          ? [{ annotator: request.annotator ?? '', annotations: [] }]
          : []);
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
    }
    await write(exporter.finish());
    summary.files = await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  return summary;
}
