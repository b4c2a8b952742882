import fc from 'fast-check';
import { Schema } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { codePointLength, sliceByCodePoints } from '../../src-main/core/text/codePoints';
import { ArticlePositions, createArticleDoc, LINES_PER_SECTION } from './articlePositions';

const schema = new Schema({
  nodes: {
    doc: { content: 'section+' },
    section: { content: 'paragraph+', toDOM: () => ['div', 0] },
    paragraph: { content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
});

/**
 * Full-Unicode articles: graphemes (astral, ZWJ sequences, combining marks) and line breaks,
 * sometimes enough lines to fill several sections.
 */
const articleText = fc
  .array(
    fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constant('\n'),
      fc.integer({ min: 1, max: 3 * LINES_PER_SECTION }).map((lines) => '\n'.repeat(lines)),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

function offsetsInto(text: string) {
  const length = codePointLength(text);
  return fc
    .tuple(fc.integer({ min: 0, max: length }), fc.integer({ min: 0, max: length }))
    .map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
}

describe('ArticlePositions', () => {
  it('maps every code-point offset to a position and back to the same offset', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const positions = new ArticlePositions(text);
        let previous = -1;
        for (let codePoint = 0; codePoint <= codePointLength(text); codePoint++) {
          const position = positions.toPosition(codePoint);
          expect(position).toBeGreaterThan(previous);
          expect(positions.toCodePoint(position)).toBe(codePoint);
          previous = position;
        }
      }),
    );
  });

  it('puts every span over exactly the text its code-point offsets name', () => {
    fc.assert(
      fc.property(
        articleText.chain((text) => fc.tuple(fc.constant(text), offsetsInto(text))),
        ([text, [start, end]]) => {
          const positions = new ArticlePositions(text);
          const doc = createArticleDoc(schema, text);
          const from = positions.toPosition(start);
          const to = positions.toPosition(end);
          expect(doc.textBetween(from, to, '\n')).toBe(sliceByCodePoints(text, start, end));
        },
      ),
    );
  });

  it('builds one paragraph per line, keeps blank lines, and groups lines into sections', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const doc = createArticleDoc(schema, text);
        const lines = text.split('\n').length;
        let paragraphs = 0;
        doc.forEach((section) => {
          expect(section.type.name).toBe('section');
          expect(section.childCount).toBeLessThanOrEqual(LINES_PER_SECTION);
          paragraphs += section.childCount;
        });
        expect(paragraphs).toBe(lines);
        expect(doc.childCount).toBe(Math.ceil(lines / LINES_PER_SECTION));
        expect(doc.textBetween(0, doc.content.size, '\n')).toBe(text);
        expect(new ArticlePositions(text).lineCount).toBe(lines);
      }),
    );
  });

  it('maps text at a section boundary exactly', () => {
    const text = Array.from({ length: LINES_PER_SECTION + 2 }, (_, line) => `line ${line}`).join(
      '\n',
    );
    const positions = new ArticlePositions(text);
    const doc = createArticleDoc(schema, text);
    const start = text.indexOf(`line ${LINES_PER_SECTION - 1}`);
    const end = text.indexOf(`line ${LINES_PER_SECTION + 1}`) + 4;
    expect(doc.textBetween(positions.toPosition(start), positions.toPosition(end), '\n')).toBe(
      `line ${LINES_PER_SECTION - 1}\nline ${LINES_PER_SECTION}\nline`,
    );
    expect(doc.resolve(positions.toPosition(end)).node(1).type.name).toBe('section');
    expect(doc.resolve(positions.toPosition(end)).index(0)).toBe(1);
  });

  it('maps any document position, including those between paragraphs, into the text', () => {
    fc.assert(
      fc.property(articleText, (text) => {
        const positions = new ArticlePositions(text);
        const doc = createArticleDoc(schema, text);
        for (let position = 0; position <= doc.content.size; position++) {
          const codePoint = positions.toCodePoint(position);
          expect(codePoint).toBeGreaterThanOrEqual(0);
          expect(codePoint).toBeLessThanOrEqual(codePointLength(text));
        }
      }),
    );
  });

  it('lands spans over astral characters at the right code points', () => {
    const text = 'Peace 🕊️ now\n𝟓 demands';
    const positions = new ArticlePositions(text);
    const doc = createArticleDoc(schema, text);
    // "🕊️" is U+1F54A (astral) + U+FE0F: code points 6..8, UTF-16 units 6..9.
    expect(doc.textBetween(positions.toPosition(6), positions.toPosition(8))).toBe('🕊️');
    // "𝟓" starts line 2 at code point 13; "demands" follows a space at 15.
    expect(doc.textBetween(positions.toPosition(13), positions.toPosition(14))).toBe('𝟓');
    expect(doc.textBetween(positions.toPosition(15), positions.toPosition(22))).toBe('demands');
    // A position inside the surrogate pair of 𝟓 rounds down to its start.
    expect(positions.toCodePoint(positions.toPosition(13) + 1)).toBe(13);
  });
});
