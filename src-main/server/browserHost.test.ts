import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProjectService } from '../services/projectService';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject, createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { startBrowserHost, type BrowserHost } from './browserHost';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A real HTTP request with full control of the Host header, as a rebinding attacker has. */
function send(
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

let host: BrowserHost;
let project: { path: string; remove: () => void };
let renderer: { path: string; remove: () => void };

beforeAll(async () => {
  project = copySampleProject();
  renderer = createTemporaryFolder();
  writeFileSync(join(renderer.path, 'index.html'), '<!doctype html><title>Parley</title>');
  mkdirSync(join(renderer.path, 'assets'));
  writeFileSync(join(renderer.path, 'assets', 'app.js'), 'console.log(1)');
  const api = await ProjectService.open(nodeFileSystem, project.path);
  host = await startBrowserHost({ api, rendererFolder: renderer.path, token: 'secret-token' });
});
afterAll(async () => {
  await host.close();
  project.remove();
  renderer.remove();
});

function api(method: string, body: unknown, headers: Record<string, string> = {}) {
  return send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: {
      Host: `127.0.0.1:${host.port}`,
      'Content-Type': 'application/json',
      Authorization: 'Bearer secret-token',
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

describe('browser host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=secret-token`);
  });

  it('serves the renderer with a strict CSP and the right MIME types', async () => {
    const page = await send(host.port, { path: '/', headers: { Host: `localhost:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    const script = await send(host.port, {
      path: '/assets/app.js',
      headers: { Host: `127.0.0.1:${host.port}` },
    });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/assets/..%2f..%2fsecret',
    '/a%00b',
    '/..%5c..%5cx',
  ])('refuses the path %s', async (path) => {
    const response = await send(host.port, { path, headers: { Host: `127.0.0.1:${host.port}` } });
    expect([403, 404]).toContain(response.status);
  });

  it('answers a contract call with the token', async () => {
    const response = await api('getProject', { annotator: 'alice' });
    expect(response.status).toBe(200);
    const result = JSON.parse(response.body);
    expect(result.ok).toBe(true);
    expect(result.value.documents).toHaveLength(3);
  });

  it.each([
    ['no token', { Authorization: '' }, 401, 'unauthorized'],
    ['a wrong token', { Authorization: 'Bearer secret-tokeN' }, 401, 'unauthorized'],
    ['a rebinding Host', { Host: 'evil.example:80' }, 403, 'forbidden-host'],
    ['a foreign Origin', { Origin: 'http://evil.example' }, 403, 'forbidden-origin'],
    [
      'a form post',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      415,
      'unsupported-media-type',
    ],
  ])('refuses a request with %s', async (_case, headers, status, code) => {
    const response = await api('getProject', {}, headers);
    expect(response.status).toBe(status);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code } });
  });

  it('accepts its own Origin', async () => {
    const response = await api('getProject', {}, { Origin: `http://127.0.0.1:${host.port}` });
    expect(response.status).toBe(200);
  });

  it('refuses unknown methods and malformed input', async () => {
    expect((await api('deleteEverything', {})).status).toBe(404);
    const malformed = await api('openDocument', { documentId: 7, annotator: '../x' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(
      /^malformed request to openDocument: \$\.documentId/,
    );
  });

  it('passes a service error through with its file', async () => {
    const response = await api('openDocument', { documentId: 'missing', annotator: 'alice' });
    expect(JSON.parse(response.body)).toEqual({
      ok: false,
      error: { message: 'missing: is not a document of this project', file: 'missing' },
    });
  });
});
