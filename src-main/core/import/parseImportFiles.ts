import {
  importAnnotations,
  type ImportFormat,
  type ImportInput,
  type ImportOptions,
} from './importAnnotations';
import type { ImportResult } from './importedDocument';
import { compareCodeUnits } from '../text/compareCodeUnits';

/** One file to import, already read as text. */
export interface ImportFile {
  /** How the user knows it: a file name, or a "/"-separated path inside a dropped folder. */
  name: string;
  content: string;
}

function withoutExtension(name: string, extension: string): string | undefined {
  return name.toLowerCase().endsWith(extension) ? name.slice(0, -extension.length) : undefined;
}

/** The last segment of a "/" or "\"-separated name. */
function lastSegment(name: string): string {
  return name.split(/[/\\]/).pop() ?? name;
}

/** brat: every .ann file with the .txt of the same stem, when the files include one. */
function bratInputs(
  files: readonly ImportFile[],
  result: ImportResult,
): { name: string; input: ImportInput }[] {
  const texts = new Map<string, string>();
  const annotationFiles: { stem: string; file: ImportFile }[] = [];
  for (const file of files) {
    const textStem = withoutExtension(file.name, '.txt');
    const annotationStem = withoutExtension(file.name, '.ann');
    if (textStem !== undefined) texts.set(textStem, file.content);
    else if (annotationStem !== undefined) annotationFiles.push({ stem: annotationStem, file });
    else if (!file.name.toLowerCase().endsWith('.conf'))
      result.problems.push({
        path: file.name,
        message: 'is not a brat .ann or .txt file; ignored',
      });
  }
  if (annotationFiles.length === 0)
    result.problems.push({ path: '$', message: 'there is no brat .ann file to import' });
  return annotationFiles
    .sort((a, b) => compareCodeUnits(a.file.name, b.file.name))
    .map(({ stem, file }) => ({
      name: file.name,
      input: {
        format: 'brat',
        annotations: file.content,
        text: texts.get(stem),
        sourceId: lastSegment(stem),
      },
    }));
}

/**
 * Reads another tool's files in `format`: for brat, each `.ann` file with the `.txt` of the same
 * name beside it (`.conf` files are ignored); for the other formats, each file on its own.
 * Never throws; every problem's path starts with the name of the file it is about.
 */
export function parseImportFiles(
  format: ImportFormat,
  files: readonly ImportFile[],
  options: ImportOptions = {},
): ImportResult {
  const result: ImportResult = { documents: [], problems: [] };
  const inputs: { name: string; input: ImportInput }[] =
    format === 'brat'
      ? bratInputs(files, result)
      : files.map((file) => ({ name: file.name, input: { format, content: file.content } }));
  for (const { name, input } of inputs) {
    const parsed = importAnnotations(input, options);
    result.documents.push(...parsed.documents);
    result.problems.push(
      ...parsed.problems.map((problem) => ({
        path: `${name}: ${problem.path}`,
        message: problem.message,
      })),
    );
  }
  return result;
}
