import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { createArticleDoc } from '../article/articlePositions';
import { ArticleDocument } from './schema/ArticleDocument';
import { ArticleParagraph } from './schema/ArticleParagraph';
import { ArticleSection } from './schema/ArticleSection';
import { ArticleText } from './schema/ArticleText';

/**
 * Why the editor stays `editable: true` although the article must never change: ProseMirror
 * only draws and moves a caret in an editable view, and keyboard-only analysts need the
 * caret (arrows, Shift+arrows, Ctrl+Shift+arrows) to select what they tag. So the view is
 * editable and this extension refuses every change to the text instead: typing, deleting,
 * pasting and dropping are blocked before they reach the DOM, and any transaction that
 * would still change the doc is filtered out — except the one that loads an article.
 */
export interface ReadOnlyArticleOptions {
  /** What copying a selection puts between lines; "\n" gives back the article text. */
  lineSeparator: string;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    readOnlyArticle: {
      /**
       * Replaces the whole document with this article text (one paragraph per line), caret at
       * the start. It does not scroll: that would lay out the new article at once (see ArticleView).
       */
      loadArticle: (text: string) => ReturnType;
    };
  }
}

/**
 * TipTap core extensions an editor of ReadOnlyArticle leaves out (its `enableCoreExtensions`).
 * `delete` reports deleted content, and the only deletion here is loading the next article: for
 * that it walked the whole previous document in a task of its own, one event per node (6,102
 * events, 9–45 ms in jsdom, for a 1 MB article), right after the new article painted.
 */
export const READ_ONLY_CORE_EXTENSIONS = { delete: false } as const;

export const readOnlyArticleKey = new PluginKey('readOnlyArticle');
const LOAD_ARTICLE_META = 'parley:load-article';

export const ReadOnlyArticle = Extension.create<ReadOnlyArticleOptions>({
  name: 'readOnlyArticle',
  // Ahead of the core extensions, so this clipboard serializer is the one used.
  priority: 1000,

  addOptions() {
    return { lineSeparator: '\n' };
  },

  addExtensions() {
    return [ArticleDocument, ArticleSection, ArticleParagraph, ArticleText];
  },

  addCommands() {
    return {
      loadArticle:
        (text) =>
        ({ tr, state, dispatch }) => {
          if (dispatch) {
            const doc = createArticleDoc(state.schema, text);
            tr.replaceWith(0, state.doc.content.size, doc.content)
              .setSelection(TextSelection.atStart(tr.doc))
              .setMeta(LOAD_ARTICLE_META, true)
              .setMeta('addToHistory', false);
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const lineSeparator = this.options.lineSeparator;
    return [
      new Plugin({
        key: readOnlyArticleKey,
        filterTransaction: (transaction) =>
          !transaction.docChanged || transaction.getMeta(LOAD_ARTICLE_META) === true,
        props: {
          handleTextInput: () => true,
          handlePaste: () => true,
          handleDrop: () => true,
          handleDOMEvents: {
            // Every input type edits (typing, deleting, native undo): stop it before the DOM.
            beforeinput: (_view, event) => {
              if (event.cancelable) event.preventDefault();
              return false;
            },
          },
          clipboardTextSerializer: (slice) =>
            slice.content.textBetween(0, slice.content.size, lineSeparator),
        },
      }),
    ];
  },
});
