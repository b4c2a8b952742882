import { Node } from '@tiptap/core';

/** The article's top node (ProseMirror's doc): sections of paragraphs, one paragraph per line. */
export const ArticleDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'section+',
});
