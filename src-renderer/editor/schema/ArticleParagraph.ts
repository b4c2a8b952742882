import { Node, mergeAttributes } from '@tiptap/core';

export interface ArticleParagraphOptions {
  HTMLAttributes: Record<string, string>;
}

/** One line of the article text; a blank line is an empty paragraph. Holds plain text only. */
export const ArticleParagraph = Node.create<ArticleParagraphOptions>({
  name: 'paragraph',
  group: 'block',
  content: 'text*',
  marks: '',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'p' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['p', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), 0];
  },
});
