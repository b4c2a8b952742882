import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../services/contentSecurityPolicy';
import { isPermissionGranted, secureSession, type SecurableSession } from './sessionSecurity';

function fakeSession() {
  const session = {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  };
  secureSession(session as unknown as SecurableSession);
  return {
    onHeadersReceived: session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as (
      details: { responseHeaders?: Record<string, string[]> },
      callback: (response: unknown) => void,
    ) => void,
    onPermissionRequest: session.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void,
    onPermissionCheck: session.setPermissionCheckHandler.mock.calls[0]?.[0] as (
      contents: unknown,
      permission: string,
      requestingOrigin: string,
    ) => boolean,
  };
}

describe('isPermissionGranted', () => {
  it.each([
    ['clipboard-sanitized-write', 'app://parley/index.html', true],
    ['clipboard-sanitized-write', 'app://parley', true],
    ['clipboard-sanitized-write', 'https://example.org/', false],
    ['clipboard-read', 'app://parley/index.html', false],
    ['media', 'app://parley/index.html', false],
    ['geolocation', 'app://parley/index.html', false],
    ['notifications', 'app://parley/index.html', false],
    ['openExternal', 'app://parley/index.html', false],
    ['fileSystem', 'app://parley/index.html', false],
  ])('%s from %s → %s', (permission, url, expected) => {
    expect(isPermissionGranted(permission, url)).toBe(expected);
  });
});

describe('secureSession', () => {
  it('puts our Content-Security-Policy on every response', () => {
    const { onHeadersReceived } = fakeSession();
    const callback = vi.fn();
    onHeadersReceived({ responseHeaders: { 'content-security-policy': ['*'] } }, callback);
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    onHeadersReceived({}, callback);
    expect(callback).toHaveBeenLastCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('answers permission requests and checks with the policy', () => {
    const { onPermissionRequest, onPermissionCheck } = fakeSession();
    const callback = vi.fn();
    onPermissionRequest({}, 'media', callback, { requestingUrl: 'app://parley/index.html' });
    expect(callback).toHaveBeenLastCalledWith(false);
    onPermissionRequest({}, 'clipboard-sanitized-write', callback, {
      requestingUrl: 'app://parley/index.html',
    });
    expect(callback).toHaveBeenLastCalledWith(true);
    expect(onPermissionCheck(null, 'geolocation', 'app://parley')).toBe(false);
    expect(onPermissionCheck(null, 'clipboard-sanitized-write', 'app://parley')).toBe(true);
  });
});
