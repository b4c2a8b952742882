import { describe, expect, it, vi } from 'vitest';
import { BridgeError } from './bridgeError';
import { createHttpBridge } from './createHttpBridge';

const savedValue = {
  outcome: 'saved',
  revision: 'r2',
  savedAt: '2025-01-01T00:00:00.000Z',
  file: 'annotations/ana/517.json',
  spanListId: 'list-1',
};

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

describe('createHttpBridge', () => {
  it('posts the input as JSON to /api/<method> with the bearer token', async () => {
    const fetchMock = vi.fn(async () => jsonResponse({ ok: true, value: savedValue }));
    const bridge = createHttpBridge({
      origin: 'http://127.0.0.1:5391',
      token: 'secret-token',
      fetch: fetchMock,
    });
    const input = {
      documentId: '517',
      annotator: 'ana',
      annotations: [],
      baseRevision: null,
    };

    const result = await bridge.saveAnnotations(input);

    expect(result).toEqual(savedValue);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:5391/api/saveAnnotations');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({
      'Content-Type': 'application/json',
      Authorization: 'Bearer secret-token',
    });
    expect(JSON.parse(init.body as string)).toEqual(input);
  });

  it('throws a BridgeError carrying the message and file of an error envelope', async () => {
    const bridge = createHttpBridge({
      origin: 'http://127.0.0.1:5391',
      token: 't',
      fetch: async () =>
        jsonResponse(
          {
            ok: false,
            error: {
              message: 'permission denied',
              file: 'annotations/ana/517.json',
              code: 'EACCES',
            },
          },
          500,
        ),
    });

    const failure = await bridge
      .openDocument({ documentId: '517', annotator: 'ana' })
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(BridgeError);
    expect(failure).toMatchObject({
      message: 'permission denied',
      file: 'annotations/ana/517.json',
      code: 'EACCES',
    });
    expect((failure as BridgeError).describe()).toBe('annotations/ana/517.json: permission denied');
  });

  it('refuses a value that does not match the contract output schema', async () => {
    const bridge = createHttpBridge({
      origin: 'http://127.0.0.1:5391',
      token: 't',
      fetch: async () => jsonResponse({ ok: true, value: { outcome: 'saved' } }),
    });

    await expect(
      bridge.saveAnnotations({
        documentId: 'a',
        annotator: 'b',
        annotations: [],
        baseRevision: null,
      }),
    ).rejects.toThrow(/malformed answer to saveAnnotations/);
  });

  it('names the host when the network call itself fails', async () => {
    const bridge = createHttpBridge({
      origin: 'http://127.0.0.1:5391',
      token: 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });

    await expect(bridge.getProject({})).rejects.toThrow(/Could not reach the Parley host/);
  });

  it('reports a non-JSON answer with its HTTP status', async () => {
    const bridge = createHttpBridge({
      origin: 'http://127.0.0.1:5391',
      token: 't',
      fetch: async () => new Response('Forbidden', { status: 403 }),
    });

    await expect(bridge.getProject({})).rejects.toThrow(/HTTP 403/);
  });
});
