import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, RENDERER_ENTRY_URL, isAppUrl } from './appOrigin';

describe('isAppUrl', () => {
  it.each([
    ['app://parley/index.html', true],
    ['app://parley/', true],
    ['app://parley', true],
    ['app://parley/assets/index.js?v=1#top', true],
    ['app://parley.evil/index.html', false],
    ['app://evil/index.html', false],
    ['app://parley:8080/index.html', false],
    ['app://user@parley/index.html', false],
    ['app://user:secret@parley/index.html', false],
    ['https://parley/index.html', false],
    ['file:///index.html', false],
    ['http://localhost:5173/', false],
    ['about:blank', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('accepts the entry page', () => {
    expect(RENDERER_ENTRY_URL.startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl(RENDERER_ENTRY_URL)).toBe(true);
  });
});
