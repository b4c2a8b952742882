import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ParleyError } from '../core/errors';
import {
  channelFor,
  parleyContract,
  type ParleyApi,
  type ParleyMethod,
} from '../contract/parleyContract';
import {
  CONTRACT_CHANNELS,
  handleContractCall,
  isTrustedSender,
  registerContractHandlers,
  type ContractCallContext,
  type ContractCallEvent,
} from './contractHandlers';
import { fakeParleyApi } from './testing/fakeParleyApi';
import { fakeElectron, resetFakeElectron } from './testing/fakeElectron';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

const OUR_WINDOW = 7;
const MAIN_FRAME = 7000;

function event(
  overrides: {
    senderId?: number;
    frame?: { frameTreeNodeId: number; url: string } | null;
  } = {},
): ContractCallEvent {
  return {
    sender: { id: overrides.senderId ?? OUR_WINDOW, mainFrame: { frameTreeNodeId: MAIN_FRAME } },
    senderFrame:
      overrides.frame === undefined
        ? { frameTreeNodeId: MAIN_FRAME, url: 'app://parley/index.html' }
        : overrides.frame,
  };
}

const snapshot = { name: 'Sample', documents: [] };

function fakeService(overrides: Partial<ParleyApi> = {}): ParleyApi {
  return fakeParleyApi({
    getProject: vi.fn(async () => snapshot as never),
    openDocument: vi.fn(async () => {
      throw new ParleyError('annotations/ana/517.json', 'cannot be opened: bad JSON');
    }),
    saveAnnotations: vi.fn(async () => {
      throw new TypeError('cannot read properties of undefined');
    }),
    ...overrides,
  });
}

function context(...args: [service?: ParleyApi | undefined]): ContractCallContext {
  const service = args.length === 0 ? fakeService() : args[0];
  return {
    isOurWindow: (id) => id === OUR_WINDOW,
    serviceFor: (id) => (id === OUR_WINDOW ? service : undefined),
    log: vi.fn(),
  };
}

beforeEach(resetFakeElectron);

describe('isTrustedSender', () => {
  const ours = (id: number) => id === OUR_WINDOW;

  it.each([
    ['our main frame at our origin', event(), true],
    ['a destroyed frame', event({ frame: null }), false],
    ['another WebContents', event({ senderId: 99 }), false],
    [
      'a subframe of our window',
      event({ frame: { frameTreeNodeId: MAIN_FRAME + 1, url: 'app://parley/index.html' } }),
      false,
    ],
    [
      'our main frame after navigating elsewhere',
      event({ frame: { frameTreeNodeId: MAIN_FRAME, url: 'https://evil.example/' } }),
      false,
    ],
    [
      'a look-alike origin',
      event({ frame: { frameTreeNodeId: MAIN_FRAME, url: 'app://parley.evil/index.html' } }),
      false,
    ],
    [
      'a file: page',
      event({ frame: { frameTreeNodeId: MAIN_FRAME, url: 'file:///tmp/x.html' } }),
      false,
    ],
  ])('%s → %s', (_name, candidate, expected) => {
    expect(isTrustedSender(candidate, ours)).toBe(expected);
  });
});

describe('handleContractCall', () => {
  it('returns the service’s value for a good call', async () => {
    const service = fakeService();
    const result = await handleContractCall(
      channelFor('getProject'),
      event(),
      { annotator: 'ana' },
      context(service),
    );
    expect(result).toEqual({ ok: true, value: snapshot });
    expect(service.getProject).toHaveBeenCalledWith({ annotator: 'ana' });
  });

  it.each(['parley:deleteProject', 'parley:constructor', 'getProject', 'parley:__proto__'])(
    'rejects the unknown channel %s',
    async (channel) => {
      const service = fakeService();
      const result = await handleContractCall(channel, event(), {}, context(service));
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
      expect(service.getProject).not.toHaveBeenCalled();
    },
  );

  it.each([
    [
      'a foreign origin',
      event({ frame: { frameTreeNodeId: MAIN_FRAME, url: 'https://x.example/' } }),
    ],
    ['a subframe', event({ frame: { frameTreeNodeId: 1, url: 'app://parley/index.html' } })],
    ['another WebContents', event({ senderId: 99 })],
    ['a closed frame', event({ frame: null })],
  ])('rejects a call from %s, and logs it', async (_name, sender) => {
    const service = fakeService();
    const calls = context(service);
    const result = await handleContractCall(channelFor('getProject'), sender, {}, calls);
    expect(result).toEqual({
      ok: false,
      error: { message: 'this page may not call Parley', code: 'untrusted-sender' },
    });
    expect(service.getProject).not.toHaveBeenCalled();
    expect(calls.log).toHaveBeenCalledWith(expect.stringContaining('refused parley:getProject'));
  });

  it('says so when no project is open', async () => {
    const result = await handleContractCall(
      channelFor('getProject'),
      event(),
      {},
      context(undefined),
    );
    expect(result).toEqual({
      ok: false,
      error: { message: 'No project is open', code: 'no-project' },
    });
  });

  it.each([
    ['openDocument', { documentId: 517, annotator: 'ana' }],
    ['openDocument', { annotator: 'ana' }],
    ['openDocument', 'documentId=517'],
    ['saveAnnotations', { documentId: '517', annotator: 'ana', annotations: 'all' }],
    ['getProject', { annotator: '../../etc' }],
  ] as [ParleyMethod, unknown][])('rejects a malformed %s payload %j', async (method, input) => {
    const service = fakeService();
    const result = await handleContractCall(channelFor(method), event(), input, context(service));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(service[method]).not.toHaveBeenCalled();
  });

  it('passes a ParleyError’s message and file to the page', async () => {
    const result = await handleContractCall(
      channelFor('openDocument'),
      event(),
      { documentId: '517', annotator: 'ana' },
      context(),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        message: 'annotations/ana/517.json: cannot be opened: bad JSON',
        file: 'annotations/ana/517.json',
      },
    });
  });

  it('hides other errors behind a generic message and logs them', async () => {
    const calls = context();
    const result = await handleContractCall(
      channelFor('saveAnnotations'),
      event(),
      { documentId: '517', annotator: 'ana', annotations: [], baseRevision: null },
      calls,
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('undefined');
    expect(calls.log).toHaveBeenCalledWith('parley: saveAnnotations failed', expect.any(TypeError));
  });

  it('never throws, even when looking up the project does', async () => {
    const calls: ContractCallContext = {
      ...context(),
      serviceFor: () => {
        throw new Error('window gone');
      },
    };
    const result = await handleContractCall(channelFor('getProject'), event(), {}, calls);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(calls.log).toHaveBeenCalledWith('parley: parley:getProject failed', expect.any(Error));
  });
});

describe('registerContractHandlers', () => {
  it('registers exactly one handler per contract method', () => {
    registerContractHandlers(context());
    const channels = fakeElectron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    const expected = (Object.keys(parleyContract) as ParleyMethod[]).map(channelFor);
    expect(channels.sort()).toEqual([...expected].sort());
    expect([...CONTRACT_CHANNELS].sort()).toEqual([...expected].sort());
  });

  it('sends every registered handler through the checks', async () => {
    const service = fakeService();
    registerContractHandlers(context(service));
    for (const [channel, handler] of fakeElectron.ipcMain.handlers) {
      const foreign = event({ frame: { frameTreeNodeId: MAIN_FRAME, url: 'https://x.example/' } });
      await expect(handler(foreign, {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'untrusted-sender' },
      });
      await expect(handler(event(), 'not an object')).resolves.toMatchObject({ ok: false });
      expect(channel.startsWith('parley:')).toBe(true);
    }
    await expect(
      fakeElectron.ipcMain.handlers.get(channelFor('getProject'))?.(event(), {}),
    ).resolves.toEqual({ ok: true, value: snapshot });
  });

  it('is the only module of the shell that talks to ipcMain', () => {
    const sources = readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.startsWith('testing'),
    );
    const users = sources.filter((file) =>
      /\bipcMain\b/.test(readFileSync(join(import.meta.dirname, file), 'utf8')),
    );
    expect(users).toEqual(['contractHandlers.ts']);
    const wrapper = readFileSync(join(import.meta.dirname, 'contractHandlers.ts'), 'utf8');
    expect(wrapper.match(/ipcMain\.\w+\(/g)).toEqual(['ipcMain.handle(']);
  });
});
