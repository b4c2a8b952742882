import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { FindInArticle, getFindState } from './FindInArticle';
import { ReadOnlyArticle } from './ReadOnlyArticle';

let editor: Editor | undefined;
let element: HTMLElement | undefined;
afterEach(() => {
  editor?.destroy();
  element?.remove();
});

const TEXT = 'Iran rejected a demand.\n\nThe DEMAND was repeated; demands 𝟓 and demand again.';

function createEditor(mounted = false): Editor {
  if (mounted) {
    element = document.createElement('div');
    document.body.append(element);
  }
  editor = new Editor({
    ...(element ? { element } : {}),
    extensions: [ReadOnlyArticle, FindInArticle],
  });
  editor.commands.loadArticle(TEXT);
  return editor;
}

function selectedText(current: Editor): string {
  const { from, to } = current.state.selection;
  return current.state.doc.textBetween(from, to);
}

describe('FindInArticle', () => {
  it('finds every case-insensitive match across lines and selects the first', () => {
    const current = createEditor();

    current.commands.setFindQuery('demand');

    const find = getFindState(current.state);
    expect(find.matches).toHaveLength(4);
    expect(find.currentIndex).toBe(0);
    expect(
      find.matches.map((match) => current.state.doc.textBetween(match.from, match.to)),
    ).toEqual(['demand', 'DEMAND', 'demand', 'demand']);
    expect(selectedText(current)).toBe('demand');
    expect(current.state.selection.from).toBe(find.matches[0]!.from);
  });

  it('steps to the next and previous match, wrapping around', () => {
    const current = createEditor();
    current.commands.setFindQuery('demand');

    current.commands.findNext();
    expect(getFindState(current.state).currentIndex).toBe(1);
    expect(selectedText(current)).toBe('DEMAND');

    current.commands.findPrevious();
    current.commands.findPrevious();
    expect(getFindState(current.state).currentIndex).toBe(3);
    expect(current.state.selection.from).toBe(getFindState(current.state).matches[3]!.from);
  });

  it('finds astral characters and treats the query literally', () => {
    const current = createEditor();

    current.commands.setFindQuery('𝟓');
    expect(getFindState(current.state).matches).toHaveLength(1);
    expect(selectedText(current)).toBe('𝟓');

    current.commands.setFindQuery('d.');
    expect(getFindState(current.state).matches).toHaveLength(1);
    current.commands.setFindQuery('(');
    expect(getFindState(current.state).matches).toHaveLength(0);
    expect(getFindState(current.state).currentIndex).toBe(-1);
    expect(current.commands.findNext()).toBe(false);
  });

  it('draws matches with the current one distinct, and clears them', () => {
    const current = createEditor(true);

    current.commands.setFindQuery('demand');
    current.commands.findNext();

    expect(element!.querySelectorAll('.parley-find-match')).toHaveLength(4);
    const currentMatch = element!.querySelectorAll('.parley-find-match--current');
    expect(currentMatch).toHaveLength(1);
    expect(currentMatch[0]!.textContent).toBe('DEMAND');

    current.commands.clearFind();
    expect(element!.querySelectorAll('.parley-find-match')).toHaveLength(0);
  });

  it('searches a newly loaded article with the same query', () => {
    const current = createEditor();
    current.commands.setFindQuery('demand');

    current.commands.loadArticle('One demand only');

    // Section open, paragraph open, then "One ": the match starts at position 6.
    expect(getFindState(current.state).matches).toEqual([{ from: 6, to: 12 }]);
  });
});
