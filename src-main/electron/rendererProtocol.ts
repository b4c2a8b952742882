import type { CustomScheme, Protocol } from 'electron';
import type { FileSystem } from '../core/ports/fileSystem';
import { systemErrorCode } from '../workspace/storageError';
import { APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from '../services/contentSecurityPolicy';
import { mimeTypeFor } from '../services/mimeTypes';
import { rendererFilePath } from './rendererFilePath';

/**
 * `standard` gives the scheme real origins and relative URLs, `secure` makes it a secure
 * context; fetch is allowed for our own files. `corsEnabled` stays off so no other origin can
 * read them.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

/** Must run before the app is ready, and only once: Electron keeps only the last call. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_DEFINITION]);
}

function refusal(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/** Answers one request for the renderer's own files; never anything outside `rendererRoot`. */
export async function serveRendererFile(
  fileSystem: FileSystem,
  rendererRoot: string,
  request: Pick<Request, 'url' | 'method'>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return refusal(405, 'Method not allowed');
  }
  const lookup = rendererFilePath(rendererRoot, request.url);
  if (!lookup.ok) return refusal(lookup.status, 'Not served');
  let bytes: Uint8Array;
  try {
    if (!(await fileSystem.stat(lookup.path)).isFile) return refusal(404, 'Not found');
    bytes = await fileSystem.readFile(lookup.path);
  } catch (error) {
    const code = systemErrorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return refusal(404, 'Not found');
    return refusal(500, 'Could not read the file');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': mimeTypeFor(lookup.path),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** Serves `app://parley/...` from `rendererRoot`; call after the app is ready. */
export function handleAppProtocol(
  protocol: Pick<Protocol, 'handle'>,
  fileSystem: FileSystem,
  rendererRoot: string,
): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(fileSystem, rendererRoot, request));
}
