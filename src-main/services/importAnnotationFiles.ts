import type { ImportAnnotationFilesInput, ImportReport } from '../contract/parleyContract';
import { ParleyError } from '../core/errors';
import { parseImportFiles, type ImportFile } from '../core/import/parseImportFiles';
import type { FileSystem } from '../core/ports/fileSystem';
import { importIntoProject } from './importIntoProject';
import { importParleyFiles } from './importParleyFiles';
import type { ProjectIndex } from './projectIndex';

export interface ImportAnnotationFilesOptions {
  /** Bytes of UTF-8; a larger file is refused, as it would be on disk. */
  maxFileBytes: number;
  /** ISO 8601 time stamped on spans imported from other tools. */
  now: string;
  /** Makes span ids for spans imported from other tools. */
  createId: () => string;
}

/** Files small enough to import; the others become problems. */
function withinLimit(
  files: readonly ImportFile[],
  maxFileBytes: number,
  report: ImportReport,
): ImportFile[] {
  return files.filter((file) => {
    const bytes = Buffer.byteLength(file.content, 'utf8');
    if (bytes <= maxFileBytes) return true;
    report.problems.push({
      path: file.name,
      message: `is ${bytes} bytes, more than the ${maxFileBytes} Parley reads; not imported`,
    });
    return false;
  });
}

/**
 * The app's import of annotation files whose contents the page sends: colleagues' Parley files
 * (`parley`) or other tools' files, matched to the project's documents and written as Parley
 * files under annotations/<annotator>/. Existing files are replaced only as `replace` says.
 */
export async function importAnnotationFiles(
  fileSystem: FileSystem,
  index: ProjectIndex,
  input: ImportAnnotationFilesInput,
  options: ImportAnnotationFilesOptions,
): Promise<ImportReport> {
  const report: ImportReport = { written: [], needsDecision: [], unmatched: [], problems: [] };
  const files = withinLimit(input.files, options.maxFileBytes, report);
  const decision = {
    replace: input.replace !== undefined && input.replace !== false,
    only: Array.isArray(input.replace) ? new Set(input.replace) : undefined,
  };
  if (input.format === 'parley') {
    const imported = await importParleyFiles(fileSystem, index, files, {
      ...decision,
      annotator: input.annotator,
    });
    return { ...imported, problems: [...report.problems, ...imported.problems] };
  }

  const annotator = input.annotator;
  if (annotator === undefined)
    throw new ParleyError(
      input.files[0]?.name ?? input.format,
      'name the annotator who made these annotations',
    );
  const parsed = parseImportFiles(input.format, files, { attributes: index.config.attributes });
  const imported = await importIntoProject(fileSystem, index, parsed.documents, {
    ...decision,
    annotator,
    now: options.now,
    createId: options.createId,
  });
  for (const outcome of imported.files) {
    const target = {
      file: outcome.file,
      documentId: outcome.documentId,
      annotator,
      spans: outcome.spans,
    };
    if (outcome.written)
      report.written.push({
        ...target,
        matchedBy: outcome.matchedBy,
        replaced: outcome.existed,
        flagged: 0,
      });
    else report.needsDecision.push(target);
  }
  report.unmatched.push(...imported.unmatched);
  report.problems.push(...parsed.problems, ...imported.problems);
  return report;
}
