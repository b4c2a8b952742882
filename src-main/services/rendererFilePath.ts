import { join } from 'node:path';

export type RendererFileLookup =
  { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps the raw path of a request for the built renderer (everything after the origin, before
 * `?` or `#`) to a file inside `rendererRoot`. Works segment by segment on the raw path, so no
 * spelling of `..` (literal, percent-encoded, or hidden in an encoded slash or backslash) can
 * leave the folder: such requests are refused, not normalized. "/" maps to index.html.
 * Both hosts use it: the desktop app's app:// protocol and the browser host.
 */
export function rendererFilePath(rendererRoot: string, rawPath: string): RendererFileLookup {
  const path = rawPath.startsWith('/') ? rawPath.slice(1) : rawPath;
  const names: string[] = [];
  for (const segment of path === '' ? ['index.html'] : path.split('/')) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return { ok: false, status: 400 };
    }
    // ":" would name a Windows drive or alternate data stream.
    if (
      name === '' ||
      name === '.' ||
      name === '..' ||
      /[/\\:]/.test(name) ||
      name.includes('\0')
    ) {
      return { ok: false, status: 403 };
    }
    names.push(name);
  }
  return { ok: true, path: join(rendererRoot, ...names) };
}
