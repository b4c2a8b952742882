import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';

/**
 * Lexical check of a project-relative path that came from input: refuses absolute paths,
 * drive letters, `..` segments, NUL bytes and empty names. Returns the normalized "/" form.
 */
export function checkRelativePath(relativePath: string): string {
  if (relativePath === '' || relativePath.includes('\u0000'))
    throw new ParleyError(relativePath, 'is not a valid path');
  const slashed = relativePath.replace(/\\/g, '/');
  if (isAbsolute(relativePath) || slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) {
    throw new ParleyError(relativePath, 'must be a path inside the project, not an absolute path');
  }
  const segments = slashed.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) {
    throw new ParleyError(relativePath, 'must not leave the project folder ("..")');
  }
  if (segments.length === 0) throw new ParleyError(relativePath, 'is not a valid path');
  return segments.join('/');
}

function isInside(root: string, candidate: string): boolean {
  const fromRoot = relative(root, candidate);
  return (
    fromRoot === '' ||
    (!fromRoot.startsWith(`..${sep}`) && fromRoot !== '..' && !isAbsolute(fromRoot))
  );
}

/** The real path of `path`, or of its deepest existing ancestor joined with the rest. */
async function realpathOfExistingPart(fileSystem: FileSystem, path: string): Promise<string> {
  const missing: string[] = [];
  let current = path;
  for (;;) {
    try {
      return join(await fileSystem.realpath(current), ...missing.reverse());
    } catch {
      const parent = resolve(current, '..');
      if (parent === current) return path;
      missing.push(current.slice(parent.length).replace(/^[\\/]/, ''));
      current = parent;
    }
  }
}

/**
 * Resolves a project-relative path to an absolute one that is guaranteed to stay inside the
 * project once symlinks are followed. `projectRealRoot` must already be a real path.
 */
export async function resolveInsideProject(
  fileSystem: FileSystem,
  projectRealRoot: string,
  relativePath: string,
): Promise<string> {
  const normalized = checkRelativePath(relativePath);
  const absolute = join(projectRealRoot, ...normalized.split('/'));
  const real = await realpathOfExistingPart(fileSystem, absolute);
  if (!isInside(projectRealRoot, real)) {
    throw new ParleyError(
      relativePath,
      'leads outside the project folder (through a symbolic link)',
    );
  }
  return absolute;
}

/** True when the absolute path `candidate`, once resolved, lies inside `projectRealRoot`. */
export async function isInsideProject(
  fileSystem: FileSystem,
  projectRealRoot: string,
  candidate: string,
): Promise<boolean> {
  return isInside(projectRealRoot, await realpathOfExistingPart(fileSystem, resolve(candidate)));
}
