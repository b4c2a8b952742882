import { describe, expect, it } from 'vitest';
import { createBratFolders } from './bratFolders';

const prefixes = (folders: { prefix: string }[]) => folders.map((folder) => folder.prefix);

describe('createBratFolders', () => {
  it.each([
    [[], 'alice', ['']],
    [['alice'], 'alice', ['']],
    [['alice'], '', ['']],
    [['alice', 'bob'], 'bob', ['bob/']],
    [['alice', 'bob'], '', ['alice/', 'bob/']],
    [['alice', 'bob'], 'carol', ['carol/']],
    [['Ana', 'ana'], 'ana', ['ana-2/']],
    [['a b', 'c'], 'a b', [expect.stringMatching(/^a_b-[0-9a-f]{8}\/$/)]],
  ])('with annotators %j, a document of %j goes into %j', (annotators, annotator, expected) => {
    expect(prefixes(createBratFolders(annotators).of(annotator))).toEqual(expected);
  });

  it('gives every folder its own file stems', () => {
    const folders = createBratFolders(['alice', 'bob']);
    const [alice] = folders.of('alice');
    const [bob] = folders.of('bob');
    expect([alice!.stemFor('d').stem, alice!.stemFor('D').stem, bob!.stemFor('d').stem]).toEqual([
      'd',
      'D-2',
      'd',
    ]);
    expect(prefixes(folders.all())).toEqual(['alice/', 'bob/']);
  });
});
