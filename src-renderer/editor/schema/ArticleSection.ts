import { Node } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/** Characters per rendered line of the article column (70ch wide): for height estimates. */
const CHARACTERS_PER_LINE = 70;
/** The paragraph line height in em (see article.css). */
const LINE_HEIGHT_EM = 1.9;

/** A guess at the section's height, used until it has been laid out once. */
function estimatedHeightEm(section: ProseMirrorNode): number {
  let lines = 0;
  section.forEach((paragraph) => {
    lines += Math.max(1, Math.ceil(paragraph.content.size / CHARACTERS_PER_LINE));
  });
  return lines * LINE_HEIGHT_EM;
}

/**
 * A run of consecutive paragraphs. ProseMirror does not virtualize, so a long article is cut
 * into sections that the browser skips while they are off screen (`content-visibility: auto`):
 * style, layout, paint and the visibility bookkeeping then scale with the sections in view,
 * not with the article's thousands of paragraphs. The text and positions are unaffected.
 */
export const ArticleSection = Node.create({
  name: 'section',
  group: 'articleSection',
  content: 'paragraph+',

  parseHTML() {
    return [{ tag: 'div.article-section' }];
  },

  renderHTML({ node }) {
    return [
      'div',
      {
        class: 'article-section',
        style: `contain-intrinsic-size: auto ${estimatedHeightEm(node).toFixed(1)}em`,
      },
      0,
    ];
  },
});
