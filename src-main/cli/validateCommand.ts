import { join, relative, resolve, sep } from 'node:path';
import { formatProblem, ParleyError, type Problem } from '../core/errors';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { PROJECT_CONFIG_FILE, ANNOTATIONS_FOLDER } from '../core/project/annotationPaths';
import { DEFAULT_LIMITS, indexProject } from '../services/projectIndex';
import { checkAnnotationFile, validateProject } from '../services/validateProject';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import { readFileCapped, DEFAULT_ANNOTATION_FILE_CAP } from '../workspace/readFileCapped';
import { describeStorageError } from '../workspace/storageError';
import { parseCommandArgs, UsageError, type Command } from './commandLine';

const fileSystem = nodeFileSystem;

async function isFolder(path: string): Promise<boolean> {
  return (await fileSystem.stat(path)).isDirectory;
}

async function exists(path: string): Promise<boolean> {
  return fileSystem.stat(path).then(
    () => true,
    () => false,
  );
}

/** Project roots at or below `folder`: folders with parley.json or an annotations/ folder. */
async function findProjects(folder: string, depth = 0): Promise<string[]> {
  if (
    (await exists(join(folder, PROJECT_CONFIG_FILE))) ||
    (await exists(join(folder, ANNOTATIONS_FOLDER)))
  )
    return [folder];
  if (depth > 8) return [];
  const entries = await fileSystem.readDirectory(folder);
  const found: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory || entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    found.push(...(await findProjects(join(folder, entry.name), depth + 1)));
  }
  return found;
}

/** The project a file belongs to when it lies at <root>/annotations/<annotator>/<file>. */
function projectOfAnnotationFile(
  absolutePath: string,
): { root: string; annotator: string; fileName: string } | undefined {
  const parts = absolutePath.split(sep);
  if (parts.length < 4 || parts[parts.length - 3] !== ANNOTATIONS_FOLDER) return undefined;
  return {
    root: parts.slice(0, -3).join(sep) || sep,
    annotator: parts[parts.length - 2]!,
    fileName: parts[parts.length - 1]!,
  };
}

function displayed(problem: Problem, base: string): Problem {
  return { ...problem, file: relative(process.cwd(), resolve(base, problem.file)) || problem.file };
}

async function validateFile(path: string): Promise<{ files: number; problems: Problem[] }> {
  const absolute = resolve(path);
  const location = projectOfAnnotationFile(absolute);
  if (location) {
    const index = await indexProject(fileSystem, location.root, DEFAULT_LIMITS);
    const checked = await checkAnnotationFile(
      fileSystem,
      index,
      location.annotator,
      location.fileName,
    );
    return {
      files: 1,
      problems: checked.loaded.problems.map((problem) => displayed(problem, location.root)),
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(
      await readFileCapped(fileSystem, absolute, DEFAULT_ANNOTATION_FILE_CAP, path),
    );
  } catch (error) {
    const problem =
      error instanceof ParleyError
        ? error.problem
        : describeStorageError(error, path, 'read the file').problem;
    return {
      files: 1,
      problems: [
        {
          file: path,
          jsonPath: '$',
          message: error instanceof TypeError ? 'is not valid UTF-8 text' : problem,
          severity: 'error',
        },
      ],
    };
  }
  const loaded = loadAnnotationFile(text, path);
  const problems = loaded.problems;
  if (loaded.ok) {
    problems.push({
      file: path,
      jsonPath: '$',
      message: `not inside a project's ${ANNOTATIONS_FOLDER}/<annotator>/ folder, so spans were not checked against the document text`,
      severity: 'warning',
    });
  }
  return { files: 1, problems };
}

async function validatePath(path: string): Promise<{ files: number; problems: Problem[] }> {
  if (!(await isFolder(path))) return validateFile(path);
  const projects = await findProjects(resolve(path));
  if (projects.length === 0) {
    return {
      files: 0,
      problems: [
        {
          file: path,
          jsonPath: '$',
          message: `holds no Parley project (no ${PROJECT_CONFIG_FILE} or ${ANNOTATIONS_FOLDER}/ folder)`,
          severity: 'error',
        },
      ],
    };
  }
  let files = 0;
  const problems: Problem[] = [];
  for (const project of projects) {
    const result = await validateProject(fileSystem, project);
    files += result.files;
    problems.push(...result.problems.map((problem) => displayed(problem, project)));
  }
  return { files, problems };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check annotation files and whole projects against the schema and their documents',
  usage: `parley validate <file|folder>...

Checks Parley annotation files (and project folders, recursively: parley.json, every
article, every file under annotations/) against the format and their document text.
Prints one line per problem as  path: json.path: message  and exits 1 if any file is
invalid; warnings alone exit 0.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length === 0)
      throw new UsageError('name at least one file or folder to validate');
    let files = 0;
    let errors = 0;
    for (const path of positionals) {
      let result: { files: number; problems: Problem[] };
      try {
        result = await validatePath(path);
      } catch (error) {
        const problem =
          error instanceof ParleyError ? error : describeStorageError(error, path, 'read it');
        result = {
          files: 0,
          problems: [
            {
              file: problem.file,
              jsonPath: problem.jsonPath ?? '$',
              message: problem.problem,
              severity: 'error',
            },
          ],
        };
      }
      files += result.files;
      for (const problem of result.problems) {
        if (problem.severity === 'error') errors++;
        output.error(
          formatProblem(
            problem.severity === 'warning'
              ? { ...problem, message: `warning: ${problem.message}` }
              : problem,
          ),
        );
      }
    }
    if (errors > 0) {
      output.out(
        `${errors} problem${errors === 1 ? '' : 's'} found in ${files} annotation file${files === 1 ? '' : 's'} checked`,
      );
      return 1;
    }
    output.out(`${files} annotation file${files === 1 ? '' : 's'} checked: all valid`);
    return 0;
  },
};
