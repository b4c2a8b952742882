import { z } from '../zodConfig';

/** The annotator name whose files hold the adjudicated gold set. */
export const GOLD_ANNOTATOR = 'gold';
/** Where annotation files live, relative to the project root. */
export const ANNOTATIONS_FOLDER = 'annotations';
/** Where the app writes exports, relative to the project root; never read as articles. */
export const EXPORTS_FOLDER = 'exports';
/** The project settings file at the project root. */
export const PROJECT_CONFIG_FILE = 'parley.json';

/** Annotator names become folder names, so they are kept to a portable alphabet. */
export const annotatorNameSchema = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/,
    'an annotator name is 1–64 letters, digits, ".", "_" or "-", starting with a letter or digit',
  );

/**
 * The file name (without folder) for a document id. Ids become file names, so any character
 * outside [A-Za-z0-9._-] is written as %XX of its UTF-8 bytes, and a leading "." is escaped;
 * the mapping is reversible and never yields "", "." or "..".
 */
export function annotationFileNameFor(documentId: string): string {
  const encoded = Array.from(new TextEncoder().encode(documentId))
    .map((byte) => {
      const character = String.fromCharCode(byte);
      return /[A-Za-z0-9._-]/.test(character)
        ? character
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('')
    .replace(/^\./, '%2E');
  return `${encoded}.json`;
}

/** The inverse of annotationFileNameFor, or undefined for a name it could not have written. */
export function documentIdFromFileName(fileName: string): string | undefined {
  if (!fileName.endsWith('.json')) return undefined;
  const encoded = fileName.slice(0, -'.json'.length);
  if (encoded === '' || !/^(?:[A-Za-z0-9._-]|%[0-9A-F]{2})+$/.test(encoded)) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/** Project-relative path of one annotator's file for one document. */
export function annotationFilePath(annotator: string, documentId: string): string {
  return `${ANNOTATIONS_FOLDER}/${annotator}/${annotationFileNameFor(documentId)}`;
}
