import { describe, expect, it } from 'vitest';
import { isTextEntry, matchShortcut, type KeyStroke, type ShortcutContext } from './shortcuts';

const labelHotkeys = new Map([
  ['1', 'demand'],
  ['2', 'denial'],
  ['3', 'threat'],
  ['4', 'offer'],
]);

function key(keyName: string, modifiers: Partial<KeyStroke> = {}): KeyStroke {
  return {
    key: keyName,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  };
}

const inArticle: ShortcutContext = { inTextField: false, inArticle: true, labelHotkeys };
const inNote: ShortcutContext = { inTextField: true, inArticle: false, labelHotkeys };
const onButton: ShortcutContext = { inTextField: false, inArticle: false, labelHotkeys };

describe('matchShortcut', () => {
  it.each([
    [key('1'), { command: 'apply-label', labelId: 'demand' }],
    [key('4'), { command: 'apply-label', labelId: 'offer' }],
    [key('z', { ctrlKey: true }), { command: 'undo' }],
    [key('z', { metaKey: true }), { command: 'undo' }],
    [key('Z', { ctrlKey: true, shiftKey: true }), { command: 'redo' }],
    [key('y', { ctrlKey: true }), { command: 'redo' }],
    [key('s', { ctrlKey: true }), { command: 'save' }],
    [key('e', { ctrlKey: true }), { command: 'show-export' }],
    [key('e', { metaKey: true }), { command: 'show-export' }],
    [key('i', { ctrlKey: true }), { command: 'show-import' }],
    [key('f', { metaKey: true }), { command: 'find' }],
    [key('F3', { shiftKey: true }), { command: 'find-previous' }],
    [key('j'), { command: 'next-span' }],
    [key('k'), { command: 'previous-span' }],
    [key('ArrowDown', { altKey: true }), { command: 'next-span' }],
    [key('ArrowUp', { altKey: true }), { command: 'previous-span' }],
    [key(']'), { command: 'next-document' }],
    [key('['), { command: 'previous-document' }],
    [key('PageDown', { altKey: true }), { command: 'next-document' }],
    [key('PageUp', { altKey: true }), { command: 'previous-document' }],
    [key('n'), { command: 'next-untagged-document' }],
    [key('Enter', { ctrlKey: true }), { command: 'toggle-done' }],
    [key('Enter'), { command: 'select-span-at-caret' }],
    [key('F1'), { command: 'show-guidelines' }],
    [key('g'), { command: 'show-guidelines' }],
    [key('?', { shiftKey: true }), { command: 'show-shortcuts' }],
    [key('Escape'), { command: 'clear-selection' }],
    [key('Delete'), { command: 'delete-span' }],
    [key('Backspace'), { command: 'delete-span' }],
    [key('F6'), { command: 'next-region' }],
    [key('.'), { command: 'next-disagreement' }],
    [key(','), { command: 'previous-disagreement' }],
  ] as const)('in the article, %o runs %o', (stroke, expected) => {
    expect(matchShortcut(stroke, inArticle)).toEqual(expected);
  });

  it.each([
    key('ArrowRight', { shiftKey: true }),
    key('J', { shiftKey: true }),
    key('a'),
    key('1', { altKey: true }),
  ])('leaves %o to the browser (selection and typing)', (stroke) => {
    expect(matchShortcut(stroke, inArticle)).toBeUndefined();
  });

  it('lets text fields type digits and letters and keep their own undo', () => {
    for (const stroke of [
      key('1'),
      key('j'),
      key('Backspace'),
      key('z', { ctrlKey: true }),
      key('Escape'),
    ]) {
      expect(matchShortcut(stroke, inNote)).toBeUndefined();
    }
    expect(matchShortcut(key('s', { ctrlKey: true }), inNote)).toEqual({ command: 'save' });
    expect(matchShortcut(key('F1'), inNote)).toEqual({ command: 'show-guidelines' });
  });

  it('leaves Enter to buttons outside the article', () => {
    expect(matchShortcut(key('Enter'), onButton)).toBeUndefined();
    expect(matchShortcut(key('2'), onButton)).toEqual({
      command: 'apply-label',
      labelId: 'denial',
    });
  });

  it('gives a label hotkey precedence over a navigation key it shadows', () => {
    const context = { ...inArticle, labelHotkeys: new Map([['j', 'demand']]) };
    expect(matchShortcut(key('j'), context)).toEqual({ command: 'apply-label', labelId: 'demand' });
  });
});

describe('isTextEntry', () => {
  it('tells fields that type from controls that do not', () => {
    const text = document.createElement('input');
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    const article = document.createElement('div');
    article.setAttribute('data-article-editor', '');
    article.contentEditable = 'true';
    const paragraph = document.createElement('p');
    article.append(paragraph);

    expect(isTextEntry(text)).toBe(true);
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(document.createElement('select'))).toBe(true);
    expect(isTextEntry(checkbox)).toBe(false);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
    expect(isTextEntry(paragraph)).toBe(false);
    expect(isTextEntry(null)).toBe(false);
  });
});
