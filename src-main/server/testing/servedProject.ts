import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RemoteResult } from '../../contract/parleyContract';
import { ProjectService } from '../../services/projectService';
import { nodeFileSystem } from '../../workspace/nodeFileSystem';
import { createTemporaryFolder } from '../../workspace/testing/temporaryFolder';
import { startBrowserHost, type BrowserHost } from '../browserHost';

export const TEST_TOKEN = 'browser-host-test-token';

/**
 * The browser host serving the project at `projectPath` with a stub renderer page; what closes
 * it is pushed onto `cleanups`.
 */
export async function serveProject(
  projectPath: string,
  cleanups: (() => Promise<void> | void)[],
): Promise<BrowserHost> {
  const renderer = createTemporaryFolder();
  writeFileSync(join(renderer.path, 'index.html'), '<!doctype html><title>Parley</title>');
  const api = await ProjectService.open(nodeFileSystem, projectPath);
  const host = await startBrowserHost({ api, rendererFolder: renderer.path, token: TEST_TOKEN });
  cleanups.push(
    renderer.remove,
    () => api.close(),
    () => host.close(),
  );
  return host;
}

/** POSTs one contract call with the token: the HTTP status and the result envelope. */
export async function postToHost(
  host: BrowserHost,
  method: string,
  input: unknown,
): Promise<{ status: number; result: RemoteResult }> {
  const response = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TEST_TOKEN}` },
    body: JSON.stringify(input),
  });
  return { status: response.status, result: (await response.json()) as RemoteResult };
}

/** One contract call's value; a failure throws its message. */
export async function callHost<T>(host: BrowserHost, method: string, input: unknown): Promise<T> {
  const { result } = await postToHost(host, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}
