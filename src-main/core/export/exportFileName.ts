import { EXPORT_FORMAT_INFO, type ExportFormat } from './exportFormats';

/** The extensions a single-file export may have, the first being the one suggested. */
export const EXPORT_FILE_EXTENSIONS: Record<ExportFormat, readonly string[]> = {
  jsonl: ['.jsonl'],
  csv: ['.csv'],
  conll: ['.conll', '.txt'],
  brat: [],
  doccano: ['.jsonl'],
  'label-studio': ['.json'],
  w3c: ['.jsonld', '.json'],
  spacy: ['.jsonl'],
  hf: [],
};

const FILE_EXTENSIONS = new Set(Object.values(EXPORT_FILE_EXTENSIONS).flat());
/** Names Windows refuses for a file or folder, whatever the extension. */
const RESERVED_NAME = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])(?:\..*)?$/i;
/** Bytes of UTF-8; most file systems allow 255 per name. */
const MAX_NAME_BYTES = 200;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** What the save dialog suggests: the format's own file name, or its id for a folder. */
export function defaultExportFileName(format: ExportFormat): string {
  const info = EXPORT_FORMAT_INFO[format];
  return info.layout === 'folder' ? format : info.files[0]!;
}

/**
 * Why `name` cannot be the export target in the project's exports folder, or undefined when it
 * can: one portable file or folder name — no separators, no `..`, not hidden, nothing Windows
 * refuses — with an extension of the format for a file, and without a file extension for a folder.
 */
export function exportFileNameProblem(format: ExportFormat, name: string): string | undefined {
  const problem = portableFileNameProblem(name);
  if (problem) return problem;
  const extension = extensionOf(name);
  if (EXPORT_FORMAT_INFO[format].layout === 'folder') {
    return FILE_EXTENSIONS.has(extension)
      ? `names a folder for ${format}, so it should not end in "${extension}"`
      : undefined;
  }
  const allowed = EXPORT_FILE_EXTENSIONS[format];
  return allowed.includes(extension)
    ? undefined
    : `must end in ${allowed.map((candidate) => `"${candidate}"`).join(' or ')} for ${format}`;
}

/**
 * Why `name` cannot be a file or folder in the project's exports folder, whatever it holds, or
 * undefined when it can: no separators, no `..`, not hidden, nothing Windows refuses.
 */
export function portableFileNameProblem(name: string): string | undefined {
  if (name.trim() === '') return 'give the export a name';
  if (/[/\\]/.test(name)) return 'must be a name, not a path (no "/" or "\\")';
  if (name === '.' || name === '..') return 'must be a name, not "." or ".."';
  if (name.startsWith('.')) return 'must not start with "." (such files are hidden)';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f<>:"|?*]/.test(name))
    return 'must not contain control characters or any of < > : " | ? *';
  if (/[. ]$/.test(name)) return 'must not end with "." or a space';
  if (RESERVED_NAME.test(name)) return 'is a name Windows reserves for a device';
  if (new TextEncoder().encode(name).length > MAX_NAME_BYTES) return 'is too long';
  return undefined;
}
