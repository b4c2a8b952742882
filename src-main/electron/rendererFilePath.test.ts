import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rendererFilePath } from './rendererFilePath';

const root = join(sep, 'app', 'out', 'renderer');

describe('rendererFilePath', () => {
  it.each([
    ['app://parley/', ['index.html']],
    ['app://parley/index.html', ['index.html']],
    ['app://parley/index.html?annotator=ana#doc-3', ['index.html']],
    ['app://parley/assets/index-3f2a.js', ['assets', 'index-3f2a.js']],
    ['app://parley/assets/Noto%20Sans.woff2', ['assets', 'Noto Sans.woff2']],
    ['app://parley/..foo/bar..js', ['..foo', 'bar..js']],
  ])('serves %s from inside the renderer folder', (url, names) => {
    expect(rendererFilePath(root, url)).toEqual({ ok: true, path: join(root, ...names) });
  });

  it.each([
    'app://parley/../../etc/passwd',
    'app://parley/assets/../../../etc/passwd',
    'app://parley/%2e%2e/%2e%2e/etc/passwd',
    'app://parley/%2E%2E/secret',
    'app://parley/assets%2f..%2f..%2fsecret',
    'app://parley/..%5c..%5csecret',
    'app://parley/assets\\..\\..\\secret',
    'app://parley/./index.html',
    'app://parley//etc/passwd',
    'app://parley/assets/',
    'app://parley/C:%5Cwindows%5Cwin.ini',
    'app://parley/index.html%00.png',
  ])('refuses %s', (url) => {
    expect(rendererFilePath(root, url)).toEqual({ ok: false, status: 403 });
  });

  it('refuses malformed percent-encoding', () => {
    expect(rendererFilePath(root, 'app://parley/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it.each(['app://evil/index.html', 'app://parley.evil/index.html', 'https://parley/index.html'])(
    'serves nothing to another origin: %s',
    (url) => {
      expect(rendererFilePath(root, url)).toEqual({ ok: false, status: 404 });
    },
  );

  it('never returns a path outside the folder', () => {
    const tricky = ['..', '%2e%2e', '.%2e', '%2e.', '..%2f', '%5c..', 'a/../..', '...', '....'];
    for (const first of tricky) {
      for (const second of tricky) {
        const lookup = rendererFilePath(root, `app://parley/${first}/${second}/x`);
        if (lookup.ok) expect(relative(root, lookup.path).split(sep)[0]).not.toBe('..');
      }
    }
  });
});
