import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ParleyError } from '../errors';
import { sha256OfText, type TextHasher } from '../text/sha256';
import { UNICODE_CRLF_ARTICLE, UNICODE_CRLF_DOCUMENT_TEXT } from '../testing/sampleArticles';
import { parseArticleFile } from './parseArticleFile';

const encoder = new TextEncoder();
const sampleProject = join(import.meta.dirname, '../../../resources/sample-project');

function parseOne(text: string, path: string) {
  const articles = parseArticleFile(encoder.encode(text), path);
  expect(articles).toHaveLength(1);
  return articles[0]!;
}

describe('parseArticleFile', () => {
  it('reads the seed article in the field format', () => {
    const bytes = readFileSync(join(sampleProject, '000_9cdbc204e52fb821.txt'));
    const [article] = parseArticleFile(bytes, '000_9cdbc204e52fb821.txt');
    expect(article).toMatchObject({
      id: '288',
      title: 'Russia, U.S. give no sign of narrowing security differences',
      meta: { code: '4' },
      textLength: 4247,
    });
    expect(
      article!.text.startsWith(
        'Russia, U.S. give no sign of narrowing security differences\n\nRussia and',
      ),
    ).toBe(true);
    expect(article!.textSha256).toBe(sha256OfText(article!.text));
    expect(article!.textSha256).toBe(
      '0e7e8567970f0104d80f19c52e105a13175effc48956dd5067c2589a1a38e7b1',
    );
  });

  it('strips the BOM and CRLF before finding the header', () => {
    const article = parseOne(UNICODE_CRLF_ARTICLE, 'news/unicode.txt');
    expect(article.id).toBe('901');
    expect(article.meta).toEqual({ code: '3' });
    expect(article.text).toBe(UNICODE_CRLF_DOCUMENT_TEXT);
    expect(article.textLength).toBe(Array.from(UNICODE_CRLF_DOCUMENT_TEXT).length);
  });

  it('converts lone CR to LF and keeps all other whitespace', () => {
    const article = parseOne('  First line  \rsecond\r\n\tthird ', 'plain/notes.txt');
    expect(article.text).toBe('  First line  \nsecond\n\tthird ');
    expect(article.id).toBe('notes');
    expect(article.title).toBe('First line');
  });

  it('reads a plain .txt without the header as the whole document', () => {
    const article = parseOne('\n\nHeadline\n\n12\nBody', 'a/b/report.v2.txt');
    expect(article).toMatchObject({
      id: 'report.v2',
      title: 'Headline',
      text: '\n\nHeadline\n\n12\nBody',
      meta: {},
    });
  });

  it('does not take a header whose repeated headline differs', () => {
    const article = parseOne('Title\n\n1\n2\nOther headline\n\nBody', 'x.txt');
    expect(article.id).toBe('x');
    expect(article.text.startsWith('Title')).toBe(true);
  });

  it('reads .jsonl collections, keeping other fields as meta', () => {
    const lines = [
      JSON.stringify({
        id: 7,
        title: 'Seven',
        text: 'Line one\r\nline two',
        source: 'wire',
        date: '2022-01-10',
      }),
      '',
      JSON.stringify({ id: 'b', text: '\nNo title here' }),
    ].join('\n');
    const articles = parseArticleFile(encoder.encode(lines), 'set/collection.jsonl');
    expect(
      articles.map((article) => [article.id, article.path, article.title, article.text]),
    ).toEqual([
      ['7', 'set/collection.jsonl#7', 'Seven', 'Line one\nline two'],
      ['b', 'set/collection.jsonl#b', 'No title here', '\nNo title here'],
    ]);
    expect(articles[0]!.meta).toEqual({ source: 'wire', date: '2022-01-10' });
  });

  it.each([
    ['{"id": 1}', 'line 1: $.text', '"text" must be a string'],
    ['{"text": "x"}', 'line 1: $.id', '"id" must be a string or a number'],
    ['[1,2]', 'line 1', 'must be a JSON object'],
    ['{"id": 1, "text": "a"}\n{"id": "1", "text": "b"}', 'line 2', 'repeats line 1'],
    ['{"id": 1, "text": ', 'line 1', 'is not valid JSON'],
    ['{"id": 12345678901234567890, "text": "a"}', 'line 1: $.id', 'write it as a string'],
    ['{"id": 1.5, "text": "a"}', 'line 1: $.id', 'is not a whole number'],
    ['{"id": -0, "text": "a"}', 'line 1: $.id', 'is not a whole number'],
    ['{"id": 1e400, "text": "a"}', 'line 1: $.id', 'is not a whole number'],
    ['{"id": "", "text": "a"}', 'line 1: $.id', 'must not be empty'],
    ['{"id": "a\\ud800", "text": "a"}', 'line 1: $.id', 'lone UTF-16 surrogate'],
  ])('refuses a bad .jsonl line %s', (content, where, message) => {
    expect(() => parseArticleFile(encoder.encode(content), 'c.jsonl')).toThrow(ParleyError);
    try {
      parseArticleFile(encoder.encode(content), 'c.jsonl');
    } catch (error) {
      expect((error as ParleyError).file).toBe('c.jsonl');
      expect((error as ParleyError).jsonPath).toBe(where);
      expect((error as ParleyError).problem).toContain(message);
    }
  });

  it('refuses invalid UTF-8 and NUL bytes, naming the file', () => {
    expect(() => parseArticleFile(new Uint8Array([0x61, 0xff, 0x62]), 'bad.txt')).toThrow(
      /bad\.txt: is not valid UTF-8/,
    );
    expect(() => parseArticleFile(encoder.encode('a\u0000b'), 'nul.txt')).toThrow(
      /nul\.txt: contains NUL bytes/,
    );
  });

  it('keeps any text intact except BOM and line ends (property, full Unicode)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (body) => {
        fc.pre(!body.includes('\u0000') && !body.startsWith('\uFEFF'));
        const article = parseOne(`Title\n\n5\n6\nTitle\n${body}`, 'p.txt');
        expect(article.text).toBe(`Title\n${body.replace(/\r\n?/g, '\n')}`);
        expect(article.textLength).toBe(Array.from(article.text).length);
      }),
    );
  });

  it('finds the header and the title from the first lines of any text (property)', () => {
    // Short lines of digits, blanks and one title word, so that headers and blank heads occur.
    const line = fc.constantFrom('', ' ', 'News', ' News ', '12', '7', 'Other');
    const lines = fc.array(line, { maxLength: 8 });
    // Half the texts start with a header, a whole one or one with a line slightly off.
    const head = fc.tuple(
      fc.constantFrom('News', ' News'),
      fc.constantFrom('', ' ', 'x'),
      fc.constantFrom('12', '12', 'x'),
      fc.constantFrom('7', '7', ''),
      fc.constantFrom('News', 'News ', 'Other'),
    );
    const text = fc.oneof(
      lines.map((each) => each.join('\n')),
      fc.tuple(head, lines).map(([header, rest]) => [...header, ...rest].join('\n')),
    );
    let fieldArticles = 0;
    fc.assert(
      fc.property(text, (source) => {
        // What the header rule says, on the text split into all of its lines.
        const lines = source.split('\n');
        const [title, blank, id, code, headline] = lines;
        const isField =
          title !== undefined &&
          headline !== undefined &&
          title.trim() !== '' &&
          blank?.trim() === '' &&
          /^\d+$/.test(id ?? '') &&
          /^\d+$/.test(code ?? '') &&
          headline.trim() === title.trim();
        const article = parseOne(source, 'doc.txt');
        if (isField) {
          fieldArticles++;
          expect(article.id).toBe(id);
          expect(article.title).toBe(title!.trim());
          expect(article.text).toBe(lines.slice(4).join('\n'));
        } else {
          expect(article.id).toBe('doc');
          expect(article.title).toBe((lines.find((each) => each.trim() !== '') ?? '').trim());
          expect(article.text).toBe(source);
        }
      }),
      { numRuns: 300 },
    );
    // Both branches ran: the header rule was met often enough to be tested.
    expect(fieldArticles).toBeGreaterThan(10);
  });

  it('hashes the file’s own bytes only when they are exactly the text’s UTF-8 (property)', () => {
    let hashedBytes = 0;
    const checkingHasher: TextHasher = (text, utf8) => {
      if (utf8) {
        hashedBytes++;
        expect(utf8).toEqual(encoder.encode(text));
      }
      return sha256OfText(text);
    };
    const header = fc.constantFrom(
      '',
      'Тема 😀\n\n12\n7\nТема 😀\n',
      'Title\r\n\r\n1\r\n2\r\nTitle\r\n',
    );
    const body = fc.string({ unit: 'grapheme', maxLength: 80 });
    fc.assert(
      fc.property(fc.boolean(), header, body, (bom, head, rest) => {
        fc.pre(!rest.includes('\u0000'));
        const source = `${bom ? '\uFEFF' : ''}${head}${rest}`;
        const article = parseOne(source, 'doc.txt');
        const checked = parseArticleFile(encoder.encode(source), 'doc.txt', checkingHasher)[0]!;
        expect(checked.textSha256).toBe(article.textSha256);
        expect(article.textSha256).toBe(sha256OfText(article.text));
      }),
      { numRuns: 300 },
    );
    // Most texts have neither a BOM nor CR: their bytes were hashed.
    expect(hashedBytes).toBeGreaterThan(50);
  });
});
