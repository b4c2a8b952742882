import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

/** What the editor's root reports as `contentEditable` to scripts (the attribute stays "true"). */
export const SHIELDED_CONTENT_EDITABLE = 'inherit';

/**
 * Around every commit, React saves and restores the selection of a focused element whose
 * `contentEditable` is "true", and it does so by walking every node inside it to count
 * characters: in a 1 MB article with 5,000 spans that is ~60,000 nodes, about 9 ms per commit,
 * and the workbench commits on every tag. React never renders inside the article (ProseMirror
 * owns that DOM and its selection), so there is nothing for it to save: the root element reports
 * a `contentEditable` other than "true" to scripts. The attribute, which is what the browser
 * uses to make the text editable and show the caret, is untouched.
 */
export const ReactSelectionShield = Extension.create({
  name: 'reactSelectionShield',

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('reactSelectionShield'),
        view(view) {
          Object.defineProperty(view.dom, 'contentEditable', {
            configurable: true,
            get: () => SHIELDED_CONTENT_EDITABLE,
            set: (value: string) => view.dom.setAttribute('contenteditable', value),
          });
          return {
            destroy() {
              Reflect.deleteProperty(view.dom, 'contentEditable');
            },
          };
        },
      }),
    ];
  },
});
