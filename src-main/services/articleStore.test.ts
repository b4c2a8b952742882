import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isArticleFileName } from '../core/articles/article';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { ArticleStore } from './articleStore';
import { createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { DEFAULT_LIMITS, indexProject } from './projectIndex';
import { countingReads } from './testing/countingFileSystem';

const encoder = new TextEncoder();
const COLLECTION = [
  JSON.stringify({ id: 'a', title: 'First', text: 'Moscow demanded guarantees.\r\nKyiv refused.' }),
  '',
  JSON.stringify({ id: 'b', text: 'Brussels offered talks 🕊️ within weeks.' }),
].join('\r\n');

let folder: { path: string; remove: () => void };
beforeEach(() => {
  folder = createTemporaryFolder();
  writeFileSync(join(folder.path, 'plain.txt'), '\uFEFFA plain article\r\nwith two lines.');
  writeFileSync(join(folder.path, 'corpus.jsonl'), `\uFEFF${COLLECTION}\n`);
  for (let number = 0; number < 12; number++)
    writeFileSync(join(folder.path, `n${String(number).padStart(2, '0')}.txt`), `Text ${number}`);
});
afterEach(() => folder.remove());

function counted() {
  return countingReads(nodeFileSystem, isArticleFileName);
}

/** Counts whole reads of the collection (a document's own line is a ranged read). */
function wholeCollectionReads() {
  return countingReads(nodeFileSystem, (path) => path.endsWith('corpus.jsonl'), { ranged: false });
}

describe('ArticleStore', () => {
  it('gives back each indexed text, which the index itself does not hold', async () => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    for (const document of index.documents.values()) expect(document).not.toHaveProperty('text');
    const texts = await Promise.all(
      ['plain', 'a', 'b'].map(async (id) => (await index.articles.open(id)).text),
    );
    expect(texts).toEqual([
      'A plain article\nwith two lines.',
      'Moscow demanded guarantees.\nKyiv refused.',
      'Brussels offered talks 🕊️ within weeks.',
    ]);
    expect(await index.articles.open('a')).toMatchObject({
      id: 'a',
      path: 'corpus.jsonl#a',
      title: 'First',
      textLength: 41,
    });
  });

  it('reads only the line of a document in a .jsonl collection', async () => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    const ranges: number[] = [];
    const store = new ArticleStore(
      {
        ...nodeFileSystem,
        readFile: () => Promise.reject(new Error('read the whole collection')),
        readFileRange(path, offset, length) {
          ranges.push(length);
          return nodeFileSystem.readFileRange(path, offset, length);
        },
      },
      index.realRoot,
      index.documents,
      DEFAULT_LIMITS.maxArticleFileSize,
    );
    expect((await store.open('b')).text).toBe('Brussels offered talks 🕊️ within weeks.');
    expect(index.documents.get('b')!.line!.number).toBe(3);
    expect(ranges).toEqual([encoder.encode(COLLECTION.split('\r\n')[2]).length]);
  });

  it('keeps the last 8 documents opened and reads no other text from disk for them', async () => {
    const { fileSystem, reads } = counted();
    const index = await indexProject(fileSystem, folder.path, DEFAULT_LIMITS);
    const ids = [...index.documents.keys()].filter((id) => id.startsWith('n'));
    for (const id of ids) await index.articles.open(id);
    expect(index.articles.keptCount).toBe(8);
    const before = reads();
    for (const id of ids.slice(-8)) await index.articles.open(id);
    expect(reads()).toBe(before);
    await index.articles.open(ids[0]!);
    expect(reads()).toBe(before + 1);
    expect(index.articles.keptCount).toBe(8);
  });

  it('never keeps what passes over many documents read', async () => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    for (const document of index.documents.values()) await index.articles.read(document);
    expect(index.articles.keptCount).toBe(0);
  });

  it.each([
    [
      'an edited .txt',
      'plain',
      'plain.txt',
      'A plain article, edited',
      /^plain\.txt: changed on disk/,
    ],
    [
      'a collection document whose text changed',
      'b',
      'corpus.jsonl',
      COLLECTION.replace('within weeks', 'within days'),
      /^corpus\.jsonl: line 3: changed on disk/,
    ],
    [
      'a removed .txt',
      'plain',
      'plain.txt',
      undefined,
      /^plain\.txt: is gone since the project was opened/,
    ],
  ])('refuses %s, naming the file', async (_case, id, file, content, message) => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    if (content === undefined) rmSync(join(folder.path, file));
    else writeFileSync(join(folder.path, file), content);
    await expect(index.articles.open(id)).rejects.toThrow(message);
  });

  it('still reads a collection document whose own line is unchanged', async () => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    writeFileSync(
      join(folder.path, 'corpus.jsonl'),
      `\uFEFF${COLLECTION}\n{"id": "c", "text": "new"}\n`,
    );
    expect((await index.articles.open('b')).text).toBe('Brussels offered talks 🕊️ within weeks.');
  });

  it('finds collection documents whose lines moved, reading the collection once per edit', async () => {
    const collection = wholeCollectionReads();
    const index = await indexProject(collection.fileSystem, folder.path, DEFAULT_LIMITS);
    // Another program rewrites the collection: a longer first line, and a document added on top.
    const edited = COLLECTION.replace('"First"', '"First, with a longer title"');
    writeFileSync(
      join(folder.path, 'corpus.jsonl'),
      `{"id": "z", "text": "added on top"}\n${edited}\n`,
    );
    const readsBefore = collection.reads();

    expect((await index.articles.open('b')).text).toBe('Brussels offered talks 🕊️ within weeks.');
    // The text is the indexed one; the metadata stays as indexed until the project is reopened.
    expect(await index.articles.open('a')).toMatchObject({
      title: 'First',
      text: 'Moscow demanded guarantees.\nKyiv refused.',
    });
    expect(collection.reads() - readsBefore).toBe(1);
    // A document that is not in the index is not found this way.
    await expect(index.articles.open('z')).rejects.toThrow(/^z: is not a document/);
  });

  it('looks through an edited collection once, however often a changed text is asked for', async () => {
    const collection = wholeCollectionReads();
    const index = await indexProject(collection.fileSystem, folder.path, DEFAULT_LIMITS);
    writeFileSync(
      join(folder.path, 'corpus.jsonl'),
      `\n${COLLECTION.replace('within weeks', 'within days')}\n`,
    );
    const readsBefore = collection.reads();

    for (const document of [...index.documents.values()].filter((doc) => doc.id === 'b')) {
      await expect(index.articles.read(document)).rejects.toThrow(/changed on disk/);
      await expect(index.articles.read(document)).rejects.toThrow(/changed on disk/);
    }
    expect((await index.articles.open('a')).text).toBe(
      'Moscow demanded guarantees.\nKyiv refused.',
    );
    expect(collection.reads() - readsBefore).toBe(1);
  });

  it('says which document is not in the project', async () => {
    const index = await indexProject(nodeFileSystem, folder.path, DEFAULT_LIMITS);
    await expect(index.articles.open('zz')).rejects.toThrow(
      /^zz: is not a document of this project$/,
    );
  });
});
