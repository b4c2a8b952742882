import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { READ_ONLY_CORE_EXTENSIONS, ReadOnlyArticle } from './ReadOnlyArticle';

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function createEditor(): Editor {
  editor = new Editor({ extensions: [ReadOnlyArticle] });
  return editor;
}

describe('ReadOnlyArticle', () => {
  it('loads the article text as one paragraph per line, keeping blank lines', () => {
    const article = createEditor();

    article.commands.loadArticle('Headline\n\nFirst 🕊️ paragraph.\nSecond.');

    const section = article.state.doc.child(0);
    expect(article.state.doc.childCount).toBe(1);
    expect(section.childCount).toBe(4);
    expect(section.child(1).content.size).toBe(0);
    expect(article.state.doc.textBetween(0, article.state.doc.content.size, '\n')).toBe(
      'Headline\n\nFirst 🕊️ paragraph.\nSecond.',
    );
    expect(article.state.selection.from).toBe(2);
  });

  it('refuses every transaction that would change the text', () => {
    const article = createEditor();
    article.commands.loadArticle('Iran rejected a demand.');

    const inserted = article.commands.insertContent('tampered ');
    article.commands.setTextSelection({ from: 1, to: 5 });
    article.commands.deleteSelection();

    expect(article.state.doc.textContent).toBe('Iran rejected a demand.');
    expect(inserted).toBe(true); // the command ran, its transaction was filtered out
  });

  it('still lets the selection move, so the keyboard can select text', () => {
    const article = createEditor();
    article.commands.loadArticle('Iran rejected a demand.');

    article.view.dispatch(
      article.state.tr.setSelection(TextSelection.create(article.state.doc, 7, 15)),
    );

    expect(article.state.selection.from).toBe(7);
    expect(article.state.selection.to).toBe(15);
    expect(article.state.doc.textBetween(7, 15)).toBe('rejected');
  });

  it('replaces the previous article when another is loaded', () => {
    const article = createEditor();
    article.commands.loadArticle('First article\nwith two lines');
    article.commands.loadArticle('Second');

    expect(article.state.doc.child(0).childCount).toBe(1);
    expect(article.state.doc.textContent).toBe('Second');
  });

  it('blocks typing in a mounted view before it reaches the text', () => {
    const element = document.createElement('div');
    document.body.append(element);
    editor = new Editor({ element, extensions: [ReadOnlyArticle] });
    editor.commands.loadArticle('Quiet text');
    const input = new InputEvent('beforeinput', {
      inputType: 'insertText',
      data: 'x',
      cancelable: true,
      bubbles: true,
    });

    editor.view.dom.dispatchEvent(input);

    expect(input.defaultPrevented).toBe(true);
    expect(
      editor.view.someProp('handleTextInput', (handle) =>
        handle(editor!.view, 1, 1, 'x', () => editor!.state.tr),
      ),
    ).toBe(true);
    expect(editor.state.doc.textContent).toBe('Quiet text');
    element.remove();
  });

  it('loads the next article without an event for each node of the previous one', async () => {
    const deletions = async (options: {
      enableCoreExtensions?: typeof READ_ONLY_CORE_EXTENSIONS;
    }) => {
      const article = new Editor({ extensions: [ReadOnlyArticle], ...options });
      let events = 0;
      article.on('delete', () => (events += 1));
      article.commands.loadArticle('First article.\n\nIts second paragraph.');
      article.commands.loadArticle('The next article.');
      // TipTap reports deletions in a task after the update.
      await new Promise((resolve) => setTimeout(resolve, 0));
      article.destroy();
      return events;
    };

    expect(await deletions({})).toBeGreaterThan(0);
    expect(await deletions({ enableCoreExtensions: READ_ONLY_CORE_EXTENSIONS })).toBe(0);
  });
});
