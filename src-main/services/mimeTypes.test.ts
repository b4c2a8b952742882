import { describe, expect, it } from 'vitest';
import { mimeTypeFor } from './mimeTypes';

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
    ['worker.mjs', 'text/javascript; charset=utf-8'],
    ['assets/index-3f2a.css', 'text/css; charset=utf-8'],
    ['data.json', 'application/json; charset=utf-8'],
    ['assets/index-3f2a.js.map', 'application/json; charset=utf-8'],
    ['LICENSE.txt', 'text/plain; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['icon.PNG', 'image/png'],
    ['photo.jpg', 'image/jpeg'],
    ['photo.jpeg', 'image/jpeg'],
    ['spinner.gif', 'image/gif'],
    ['hero.webp', 'image/webp'],
    ['favicon.ico', 'image/x-icon'],
    ['font.woff', 'font/woff'],
    ['font.woff2', 'font/woff2'],
    ['font.ttf', 'font/ttf'],
    ['module.wasm', 'application/wasm'],
    ['archive.tar.gz', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (fileName, expected) => {
    expect(mimeTypeFor(fileName)).toBe(expected);
  });
});
