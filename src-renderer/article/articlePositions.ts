import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model';
import { CodePointIndex } from '../../src-main/core/text/codePoints';

/** Lines per section: small enough that a section lays out quickly, large enough that a 1 MB
 * article has only a few hundred of them. */
export const LINES_PER_SECTION = 40;

/**
 * How the article text becomes a ProseMirror document: every "\n"-separated line is one
 * paragraph, a blank line an empty paragraph, and every LINES_PER_SECTION paragraphs form a
 * section (so the browser can skip sections off screen). Nothing else is added or dropped, so
 * line i's text starts at ProseMirror position (UTF-16 offset of the line) + i + 2 +
 * 2 × (sections before it): each earlier "\n" is one UTF-16 unit in the text and two positions
 * (a paragraph close and open) in the document, and each earlier section adds a close and an
 * open. That makes the mapping a binary search in a table of line starts.
 */
export function createArticleDoc(schema: Schema, text: string): ProseMirrorNode {
  const { paragraph, section } = schema.nodes;
  if (!paragraph || !section) throw new Error('the article schema has no paragraph or section');
  const lines = text.split('\n');
  const sections: ProseMirrorNode[] = [];
  for (let first = 0; first < lines.length; first += LINES_PER_SECTION) {
    const paragraphs = lines
      .slice(first, first + LINES_PER_SECTION)
      .map((line) => paragraph.create(null, line === '' ? null : schema.text(line)));
    sections.push(section.create(null, paragraphs));
  }
  return schema.topNodeType.create(null, sections);
}

/** ProseMirror position where the text of line `line` starts, given its UTF-16 start. */
function lineTextPosition(lineStartUtf16: number, line: number): number {
  return lineStartUtf16 + line + 2 + 2 * Math.floor(line / LINES_PER_SECTION);
}

/** Exact conversion between code-point offsets in the article text and ProseMirror positions. */
export class ArticlePositions {
  /** UTF-16 offset where each line starts, ascending; the first is 0. */
  private readonly lineStarts: number[] = [0];
  constructor(
    readonly text: string,
    /** The article's code-point index, when the caller already built one. */
    readonly codePoints: CodePointIndex = new CodePointIndex(text),
  ) {
    for (let offset = text.indexOf('\n'); offset !== -1; offset = text.indexOf('\n', offset + 1)) {
      this.lineStarts.push(offset + 1);
    }
  }

  /** Number of paragraphs in the document. */
  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** ProseMirror position of code-point offset `codePoint` (0 ≤ codePoint ≤ text length). */
  toPosition(codePoint: number): number {
    const utf16 = this.codePoints.toUtf16(codePoint);
    const line = this.lineOfUtf16(utf16);
    return utf16 - this.lineStarts[line]! + lineTextPosition(this.lineStarts[line]!, line);
  }

  /**
   * Code-point offset of ProseMirror position `position`. A position between two paragraphs
   * (or before the first) lands on the nearest edge of the line text, so any selection maps
   * to text offsets; inside a surrogate pair it rounds down to the character's start.
   */
  toCodePoint(position: number): number {
    return this.codePoints.toCodePoint(this.positionToUtf16(position));
  }

  /** Line number (0-based) that contains UTF-16 offset `utf16`; a "\n" belongs to its line. */
  private lineOfUtf16(utf16: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.lineStarts[middle]! <= utf16) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  private positionToUtf16(position: number): number {
    // Line i's text occupies positions [p_i, p_i + its length], p_i = lineTextPosition(i).
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (lineTextPosition(this.lineStarts[middle]!, middle) <= position) low = middle;
      else high = middle - 1;
    }
    const lineStart = this.lineStarts[low]!;
    const lineEnd =
      low + 1 < this.lineStarts.length ? this.lineStarts[low + 1]! - 1 : this.text.length;
    const offset = position - lineTextPosition(lineStart, low);
    return Math.min(Math.max(lineStart + offset, lineStart), lineEnd);
  }
}
