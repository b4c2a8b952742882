import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { ParleyError } from '../core/errors';
import { IMPORT_FORMATS, type ImportFormat } from '../core/import/importAnnotations';
import { parseImportFiles, type ImportFile } from '../core/import/parseImportFiles';
import { annotatorNameSchema } from '../core/project/annotationPaths';
import { decodeUtf8 } from '../core/text/decodeUtf8';
import type { AttributeDefinition } from '../core/project/projectConfigSchema';
import { importIntoProject } from '../services/importIntoProject';
import { DEFAULT_LIMITS, indexProject } from '../services/projectIndex';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { readFileCapped } from '../workspace/readFileCapped';
import { parseCommandArgs, UsageError, type Command } from './commandLine';

async function readText(path: string): Promise<string> {
  return decodeUtf8(
    await readFileCapped(nodeFileSystem, path, DEFAULT_LIMITS.maxAnnotationFileSize, path),
    path,
  );
}

/** brat: the .ann file at `path`, or every .ann file in the folder, each with its .txt. */
async function readBratFiles(path: string): Promise<ImportFile[]> {
  const stat = await nodeFileSystem.stat(path);
  const entries = stat.isDirectory ? await nodeFileSystem.readDirectory(path) : [];
  const annotationFiles = stat.isDirectory
    ? entries
        .filter((entry) => entry.isFile && entry.name.endsWith('.ann'))
        .map((entry) => join(path, entry.name))
        .sort()
    : [path];
  const folders = entries.filter((entry) => entry.isDirectory).map((entry) => entry.name);
  if (annotationFiles.length === 0 && folders.length > 0) {
    // A brat export of several annotators holds one folder per annotator.
    throw new ParleyError(
      path,
      `holds no .ann files, only folders (${folders.sort().join(', ')}); import one annotator's folder at a time`,
    );
  }
  const files: ImportFile[] = [];
  for (const annotationFile of annotationFiles) {
    files.push({ name: basename(annotationFile), content: await readText(annotationFile) });
    const textFile = annotationFile.replace(/\.ann$/, '.txt');
    const text = await readText(textFile).catch(() => undefined);
    if (text !== undefined) files.push({ name: basename(textFile), content: text });
  }
  return files;
}

/** Reads and parses the files at `path` in `format`; problems are prefixed with the file. */
export async function readImportedDocuments(
  path: string,
  format: ImportFormat,
  attributes: readonly AttributeDefinition[],
) {
  const files =
    format === 'brat'
      ? await readBratFiles(path)
      : [{ name: basename(path), content: await readText(path) }];
  return parseImportFiles(format, files, { attributes });
}

export const importCommand: Command = {
  name: 'import',
  summary:
    "bring in a colleague's annotations from brat, doccano, Label Studio, W3C or Parley JSONL",
  usage: `parley import <path> --from <format> --project <project> --annotator <name> [--replace]

Formats: ${IMPORT_FORMATS.join(', ')}. For brat, <path> is an .ann file (its .txt beside it is
used when present) or a folder of them. Documents are matched to the project by text hash,
then by id; where the text differs, spans are placed by their text and context, and every
span that cannot be placed exactly is reported and left out. Writes ordinary Parley files to
annotations/<name>/; an existing file is never replaced without --replace.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      from: { type: 'string' },
      project: { type: 'string' },
      annotator: { type: 'string' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('name exactly one file or folder to import');
    if (!values.from || !(IMPORT_FORMATS as readonly string[]).includes(values.from)) {
      throw new UsageError(`--from must be one of ${IMPORT_FORMATS.join(', ')}`);
    }
    if (!values.project) throw new UsageError('--project is required');
    if (!values.annotator || !annotatorNameSchema.safeParse(values.annotator).success) {
      throw new UsageError(
        '--annotator must name who made the annotations (letters, digits, ".", "_", "-")',
      );
    }
    const index = await indexProject(nodeFileSystem, values.project, DEFAULT_LIMITS);
    const read = await readImportedDocuments(
      positionals[0]!,
      values.from as ImportFormat,
      index.config.attributes,
    );
    const report = await importIntoProject(nodeFileSystem, index, read.documents, {
      annotator: values.annotator,
      replace: values.replace,
      now: new Date().toISOString(),
      createId: () => randomUUID(),
    });
    for (const problem of [...read.problems, ...report.problems])
      output.error(`${problem.path}: ${problem.message}`);
    for (const file of report.files) {
      if (file.existed && !file.written)
        output.error(`${file.file}: already exists; left as it is (use --replace to overwrite it)`);
      output.out(
        `${file.written ? 'wrote' : 'kept'} ${file.file}: ${file.spans} spans (matched by ${file.matchedBy})`,
      );
    }
    const written = report.files.filter((file) => file.written).length;
    output.out(
      `${written} file${written === 1 ? '' : 's'} written, ${report.unmatched.length} document${report.unmatched.length === 1 ? '' : 's'} unmatched`,
    );
    return report.unmatched.length > 0 || written < report.files.length ? 1 : 0;
  },
};
