import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX, type ParleyApi, type RemoteResult } from '../contract/parleyContract';
import { callContractMethod } from '../services/callContractMethod';
import { CONTENT_SECURITY_POLICY } from '../services/contentSecurityPolicy';
import { mimeTypeFor } from '../services/mimeTypes';
import { rendererFilePath } from '../services/rendererFilePath';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './requestPolicy';

/** Bytes; a request body larger than this is refused before it is read in full. */
const MAX_REQUEST_BYTES = 128 * 1024 * 1024;

export interface BrowserHostOptions {
  api: ParleyApi;
  /** The built renderer (out/renderer). */
  rendererFolder: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed for tests; otherwise random per launch. */
  token?: string;
}

export interface BrowserHost {
  server: Server;
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

function sendJson(response: ServerResponse, status: number, body: RemoteResult): void {
  const json = JSON.stringify(body);
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
  });
  response.end(json);
}

function refuse(response: ServerResponse, status: number, message: string, code: string): void {
  sendJson(response, status, { ok: false, error: { message, code } });
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function serveStatic(
  response: ServerResponse,
  rendererFolder: string,
  rawPath: string,
): Promise<void> {
  const lookup = rendererFilePath(rendererFolder, rawPath);
  if (!lookup.ok) return refuse(response, lookup.status, 'not found', 'not-found');
  try {
    const bytes = await fs.readFile(lookup.path);
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': mimeTypeFor(lookup.path),
      'Content-Length': bytes.length,
    });
    response.end(bytes);
  } catch {
    refuse(response, 404, 'not found', 'not-found');
  }
}

/**
 * Serves the built renderer and the contract over HTTP on 127.0.0.1 only. Every API call
 * needs the per-launch token; Host and Origin must name this server, which defeats DNS
 * rebinding and cross-site requests. Inputs go through the same contract check as IPC.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  let port = options.port ?? 0;

  const server = createServer((request, response) => {
    void (async () => {
      if (!isAllowedHost(request.headers.host, port))
        return refuse(response, 403, 'unknown Host header', 'forbidden-host');
      if (!isAllowedOrigin(request.headers.origin, port))
        return refuse(response, 403, 'foreign Origin', 'forbidden-origin');
      // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- a base to parse the request path against, never fetched
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
      if (!url.pathname.startsWith(API_PATH_PREFIX)) {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return refuse(response, 405, 'method not allowed', 'method-not-allowed');
        // The raw path, not url.pathname: URL parsing would quietly resolve `..` segments.
        return serveStatic(
          response,
          options.rendererFolder,
          (request.url ?? '/').split(/[?#]/, 1)[0] ?? '/',
        );
      }
      if (request.method !== 'POST')
        return refuse(response, 405, 'use POST for the API', 'method-not-allowed');
      if (!hasValidToken(request.headers.authorization, token))
        return refuse(response, 401, 'missing or wrong token', 'unauthorized');
      if (!request.headers['content-type']?.startsWith('application/json')) {
        return refuse(response, 415, 'the API takes application/json', 'unsupported-media-type');
      }
      const body = await readBody(request);
      if (body === undefined) return refuse(response, 413, 'request too large', 'too-large');
      let input: unknown;
      try {
        input = body === '' ? {} : JSON.parse(body);
      } catch {
        return refuse(response, 400, 'the request body is not valid JSON', 'invalid-json');
      }
      const method = decodeURIComponent(url.pathname.slice(API_PATH_PREFIX.length));
      const result = await callContractMethod(options.api, method, input);
      const status = result.ok
        ? 200
        : result.error.code === 'unknown-method'
          ? 404
          : result.error.code === 'invalid-input'
            ? 400
            : 200;
      sendJson(response, status, result);
    })().catch((error: unknown) => {
      console.error('parley serve: request failed', error);
      if (!response.headersSent) refuse(response, 500, 'internal error', 'internal');
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
