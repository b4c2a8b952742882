import { Node } from '@tiptap/core';

/** The article's top node (ProseMirror's doc): one paragraph per line of the article text. */
export const ArticleDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'paragraph+',
});
