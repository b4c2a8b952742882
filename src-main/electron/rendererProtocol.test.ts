import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FileSystem } from '../core/ports/fileSystem';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { CONTENT_SECURITY_POLICY } from '../services/contentSecurityPolicy';
import {
  APP_SCHEME_DEFINITION,
  handleAppProtocol,
  registerAppScheme,
  serveRendererFile,
} from './rendererProtocol';

const folder = createTemporaryFolder();
const rendererRoot = join(folder.path, 'renderer');

beforeAll(() => {
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), '<!doctype html><title>Parley</title>');
  writeFileSync(join(rendererRoot, 'assets', 'index-1a2b.js'), 'export {};');
  writeFileSync(join(rendererRoot, 'assets', 'index-1a2b.css'), 'body{}');
  writeFileSync(join(folder.path, 'secret.txt'), 'outside the renderer folder');
});
afterAll(() => folder.remove());

const get = (url: string, fileSystem: FileSystem = nodeFileSystem) =>
  serveRendererFile(fileSystem, rendererRoot, { url, method: 'GET' });

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure scheme that other origins cannot read', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_DEFINITION]);
    expect(APP_SCHEME_DEFINITION).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('serveRendererFile', () => {
  it('serves index.html for the root, with its type and our policy', async () => {
    for (const url of ['app://parley/', 'app://parley/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<!doctype html><title>Parley</title>');
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each([
    ['app://parley/assets/index-1a2b.js', 'text/javascript; charset=utf-8'],
    ['app://parley/assets/index-1a2b.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://parley/../secret.txt',
    'app://parley/../../etc/passwd',
    'app://parley/%2e%2e/secret.txt',
    'app://parley/assets/..%2f..%2fsecret.txt',
  ])('refuses %s', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside');
  });

  it('answers 404 for missing files, folders and other hosts, 400 for bad encoding', async () => {
    expect((await get('app://parley/missing.js')).status).toBe(404);
    expect((await get('app://parley/index.html/x')).status).toBe(404);
    expect((await get('app://parley/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://parley/%E0%A4%A')).status).toBe(400);
  });

  it('answers 500 when the file cannot be read', async () => {
    const failing: FileSystem = {
      ...nodeFileSystem,
      readFile: async () => {
        throw Object.assign(new Error('denied'), { code: 'EACCES' });
      },
    };
    expect((await get('app://parley/index.html', failing)).status).toBe(500);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await serveRendererFile(nodeFileSystem, rendererRoot, {
      url: 'app://parley/index.html',
      method: 'HEAD',
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await serveRendererFile(nodeFileSystem, rendererRoot, {
      url: 'app://parley/index.html',
      method: 'POST',
    });
    expect(post.status).toBe(405);
  });
});

describe('handleAppProtocol', () => {
  it('serves the app scheme from the renderer folder', async () => {
    const protocol = { handle: vi.fn() };
    handleAppProtocol(protocol, nodeFileSystem, rendererRoot);
    const [scheme, handler] = protocol.handle.mock.calls[0] as [
      string,
      (request: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://parley/assets/index-1a2b.js'));
    expect(await response.text()).toBe('export {};');
  });
});
