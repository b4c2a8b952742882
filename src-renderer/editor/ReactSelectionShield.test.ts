import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ReactSelectionShield, SHIELDED_CONTENT_EDITABLE } from './ReactSelectionShield';
import { ReadOnlyArticle } from './ReadOnlyArticle';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

describe('ReactSelectionShield', () => {
  it('hides the editable root from React while the browser still sees an editable element', () => {
    editor = new Editor({ extensions: [ReadOnlyArticle, ReactSelectionShield] });
    const root = editor.view.dom;

    // React's test (hasSelectionCapabilities) is `element.contentEditable === "true"`.
    expect(root.contentEditable).toBe(SHIELDED_CONTENT_EDITABLE);
    expect(root.getAttribute('contenteditable')).toBe('true');
  });

  it('passes writes through to the attribute, and goes away with the editor', () => {
    editor = new Editor({ extensions: [ReadOnlyArticle, ReactSelectionShield] });
    const root = editor.view.dom;

    root.contentEditable = 'false';
    expect(root.getAttribute('contenteditable')).toBe('false');

    editor.destroy();
    editor = undefined;
    expect(Object.getOwnPropertyDescriptor(root, 'contentEditable')).toBeUndefined();
  });
});
