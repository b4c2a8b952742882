import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakePreloadMethods } from '../testing/fakePreload';
import { connectBridge } from './connectBridge';

describe('connectBridge', () => {
  afterEach(() => {
    delete window.parley;
    vi.unstubAllGlobals();
  });

  it('uses the preload API when the desktop app exposed one', async () => {
    const getProject = vi.fn(async () => ({ ok: false as const, error: { message: 'from ipc' } }));
    window.parley = { ...fakePreloadMethods(), getProject };

    await expect(connectBridge(window).getProject({})).rejects.toThrow('from ipc');
    expect(getProject).toHaveBeenCalled();
  });

  it('falls back to HTTP with the token from the page URL', async () => {
    window.history.replaceState(null, '', '/?token=abc123');
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ ok: false, error: { message: 'nope' } })),
    );
    vi.stubGlobal('fetch', fetchMock);

    await expect(connectBridge(window).getProject({})).rejects.toThrow('nope');
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${window.location.origin}/api/getProject`);
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer abc123');
  });
});
