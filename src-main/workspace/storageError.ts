import { ParleyError } from '../core/errors';

const PLAIN_CAUSES: Record<string, string> = {
  EACCES: 'permission denied — Parley may not write there',
  EPERM: 'the operation is not permitted (the file may be locked or protected)',
  EROFS: 'the disk or folder is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EBUSY: 'the file is busy (another program is using it)',
  EIO: 'the disk reported an input/output error',
  ENOENT: 'the file or folder does not exist',
  EEXIST: 'a file with that name already exists',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EMFILE: 'too many files are open',
};

/** The error's code (ENOSPC, …) if it came from the operating system. */
export function systemErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Turns an OS error into a message that names the file and the cause in plain words. */
export function describeStorageError(error: unknown, file: string, action: string): ParleyError {
  if (error instanceof ParleyError) return error;
  const code = systemErrorCode(error);
  const cause =
    (code && PLAIN_CAUSES[code]) ?? (error instanceof Error ? error.message : String(error));
  const parleyError = new ParleyError(
    file,
    `could not ${action}: ${cause}${code ? ` (${code})` : ''}`,
  );
  (parleyError as { code?: string }).code = code;
  return parleyError;
}
