import { describe, expect, it, vi } from 'vitest';
import {
  parleyContract,
  type MenuCommand,
  type ParleyPreloadApi,
} from '../../src-main/contract/parleyContract';
import { fakePreloadMethods } from '../testing/fakePreload';
import { BridgeError } from './bridgeError';
import { createPreloadBridge } from './createPreloadBridge';

const openedValue = {
  article: {
    id: '517',
    path: '517_iran_nuclear_talks.txt',
    title: 'Iran rejects',
    text: 'Iran rejected a demand.',
    textSha256: 'a'.repeat(64),
    textLength: 23,
    meta: {},
  },
  annotator: 'ana',
  annotations: [],
  flagged: [],
  problems: [],
  revision: null,
  status: 'not-started',
};

function fakePreload(overrides: Partial<ParleyPreloadApi> = {}): ParleyPreloadApi {
  return {
    ...fakePreloadMethods(),
    openDocument: vi.fn(async () => ({ ok: true as const, value: openedValue })),
    ...overrides,
  };
}

describe('createPreloadBridge', () => {
  it('passes the input through and unwraps the envelope into the value', async () => {
    const preload = fakePreload();
    const bridge = createPreloadBridge(preload);

    const opened = await bridge.openDocument({ documentId: '517', annotator: 'ana' });

    expect(preload.openDocument).toHaveBeenCalledWith({ documentId: '517', annotator: 'ana' });
    expect(opened.article.text).toBe('Iran rejected a demand.');
  });

  it('turns an error envelope into a BridgeError that names the file', async () => {
    const bridge = createPreloadBridge(
      fakePreload({
        saveAnnotations: async () => ({
          ok: false as const,
          error: { message: 'disk full', file: 'annotations/ana/517.json' },
        }),
      }),
    );

    const failure = await bridge
      .saveAnnotations({ documentId: '517', annotator: 'ana', annotations: [], baseRevision: null })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(BridgeError);
    expect((failure as BridgeError).file).toBe('annotations/ana/517.json');
    expect((failure as BridgeError).message).toBe('disk full');
  });

  it('reports a rejected IPC call as a BridgeError', async () => {
    const bridge = createPreloadBridge(
      fakePreload({ getProject: async () => Promise.reject(new Error('No handler registered')) }),
    );

    await expect(bridge.getProject({})).rejects.toThrow(/lost contact.*No handler registered/);
  });

  it('offers every contract method, through the preload function of the same name', async () => {
    const preload = fakePreloadMethods();
    const bridge = createPreloadBridge(preload);

    for (const method of Object.keys(parleyContract) as (keyof typeof parleyContract)[]) {
      await expect((bridge[method] as (input: unknown) => Promise<unknown>)({})).rejects.toThrow(
        `${method} not faked`,
      );
      expect(preload[method]).toHaveBeenCalledWith({});
    }
  });

  it('forwards menu commands from the preload', () => {
    let forward: ((command: MenuCommand) => void) | undefined;
    const unsubscribe = vi.fn();
    const bridge = createPreloadBridge(
      fakePreload({
        onMenuCommand: (listener) => {
          forward = listener;
          return unsubscribe;
        },
      }),
    );
    const received: MenuCommand[] = [];

    const stop = bridge.onMenuCommand((command) => received.push(command));
    forward?.('find');
    stop();

    expect(received).toEqual(['find']);
    expect(unsubscribe).toHaveBeenCalled();
  });
});
