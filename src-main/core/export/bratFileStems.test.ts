import { describe, expect, it } from 'vitest';
import { createBratFileStems } from './bratFileStems';

describe('createBratFileStems', () => {
  it.each([
    ['reuters-2022-01-10', 'reuters-2022-01-10', false],
    ['a/b\\c:d', 'a_b_c_d-', true],
    ['../etc/passwd', '_._etc_passwd-', true],
    ['CON', 'CON-', true],
    ['nul.txt', '_nul.txt-', true],
    ['Пример', '_-', true],
    ['', 'document-', true],
  ])('%j becomes a stem starting %j', (id, prefix, renamed) => {
    const stem = createBratFileStems()(id);
    expect(stem.renamed).toBe(renamed);
    if (renamed)
      expect(stem.stem).toMatch(new RegExp(`^${prefix.replace(/[.\\]/g, '\\$&')}[0-9a-f]{8}$`));
    else expect(stem.stem).toBe(prefix);
    expect(stem.stem).toMatch(/^[A-Za-z0-9_-][A-Za-z0-9._-]*$/);
  });

  it('keeps stems unique on case-insensitive file systems and is deterministic', () => {
    const stems = createBratFileStems();
    expect(['Doc', 'doc', 'DOC', 'doc-2'].map((id) => stems(id).stem)).toEqual([
      'Doc',
      'doc-2',
      'DOC-3',
      'doc-2-2',
    ]);
    expect(createBratFileStems()('a/b').stem).toBe(createBratFileStems()('a/b').stem);
  });
});
