import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, type GuardedContents } from './navigationGuard';
import { FakeWebContents, fakeEvent } from './testing/fakeElectron';

function guarded(openExternal = vi.fn(async (_url: string) => undefined), log = vi.fn()) {
  const contents = new FakeWebContents();
  guardNavigation(contents as unknown as GuardedContents, openExternal, log);
  return { contents, openExternal, log };
}

const links: [string, boolean][] = [
  ['https://example.org/guidelines', true],
  ['http://example.org/', false],
  ['file:///etc/passwd', false],
  ['javascript:alert(1)', false],
  ['app://parley/index.html', false],
  ['smb://server/share', false],
];

describe('guardNavigation', () => {
  it.each(links)('blocks navigation to %s; opens it in the browser: %s', (url, external) => {
    const { contents, openExternal } = guarded();
    const event = fakeEvent({ url });
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(openExternal.mock.calls).toEqual(external ? [[url]] : []);
  });

  it.each(links)('denies window.open(%s); opens it in the browser: %s', (url, external) => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    expect(openExternal.mock.calls).toEqual(external ? [[url]] : []);
  });

  it('blocks subframe navigations and webviews', () => {
    const { contents } = guarded();
    const subframe = fakeEvent({ url: 'app://parley/index.html', isMainFrame: false });
    contents.emit('will-frame-navigate', subframe);
    expect(subframe.preventDefault).toHaveBeenCalled();
    const mainFrame = fakeEvent({ url: 'app://parley/index.html', isMainFrame: true });
    contents.emit('will-frame-navigate', mainFrame);
    expect(mainFrame.preventDefault).not.toHaveBeenCalled();
    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('logs when the browser cannot be opened', async () => {
    const failure = new Error('no browser');
    const { contents, log } = guarded(vi.fn(async () => Promise.reject(failure)));
    contents.windowOpenHandler?.({ url: 'https://example.org/' });
    await vi.waitFor(() =>
      expect(log).toHaveBeenCalledWith('parley: could not open https://example.org/', failure),
    );
  });

  it('logs to the console by default', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const contents = new FakeWebContents();
    guardNavigation(contents as unknown as GuardedContents, async () =>
      Promise.reject(new Error('x')),
    );
    contents.windowOpenHandler?.({ url: 'https://example.org/' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});
