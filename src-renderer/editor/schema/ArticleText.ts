import { Node } from '@tiptap/core';

/** The article's text: ProseMirror's text node. */
export const ArticleText = Node.create({
  name: 'text',
  group: 'inline',
});
