import { extname, join, relative, isAbsolute, sep } from 'node:path';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The content type for a file name; unknown types are served as opaque bytes. */
export function mimeTypeFor(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path to a file inside `rootFolder`, or undefined when the path would leave it
 * (encoded `..`, backslashes, NUL). "/" maps to index.html.
 */
export function staticFilePath(rootFolder: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\u0000') || decoded.includes('\\')) return undefined;
  const relativePath =
    decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const segments = relativePath.split('/');
  if (segments.some((segment) => segment === '..' || segment === '.')) return undefined;
  const absolute = join(rootFolder, ...segments);
  const fromRoot = relative(rootFolder, absolute);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || isAbsolute(fromRoot)) return undefined;
  return absolute;
}
