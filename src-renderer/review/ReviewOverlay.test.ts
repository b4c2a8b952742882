import { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { ReadOnlyArticle } from '../editor/ReadOnlyArticle';
import { ReviewOverlay, type OverlaySpan } from './ReviewOverlay';

let editor: Editor | undefined;
let element: HTMLElement | undefined;
afterEach(() => {
  editor?.destroy();
  element?.remove();
});

function span(overrides: Partial<OverlaySpan> & Pick<OverlaySpan, 'id'>): OverlaySpan {
  return {
    label: 'denial',
    annotator: 'ann',
    initials: 'AN',
    band: 0,
    from: 6,
    to: 14,
    colour: '#CC79A7',
    active: false,
    ...overrides,
  };
}

describe('ReviewOverlay', () => {
  it('draws each annotator with its band, initials and hooks, leaving the text alone', () => {
    element = document.createElement('div');
    document.body.append(element);
    editor = new Editor({ element, extensions: [ReadOnlyArticle, ReviewOverlay] });
    editor.commands.loadArticle('Iran rejected a demand by European negotiators.');

    editor.commands.setOverlaySpans([
      span({ id: 'a1' }),
      span({ id: 'b1', annotator: 'ben', initials: 'BE', band: 1, label: 'threat', active: true }),
      span({ id: 'outside', from: 10, to: 999 }),
    ]);

    const drawn = [...element.querySelectorAll<HTMLElement>('[data-annotation-id]')];
    expect(drawn.map((node) => node.dataset['annotationId']).sort()).toEqual(['a1', 'b1']);
    const ben = drawn.find((node) => node.dataset['annotator'] === 'ben')!;
    expect(ben.dataset).toMatchObject({ annotator: 'ben', initials: 'BE', label: 'threat' });
    expect(ben.className).toBe('review-span review-span--band-1 review-span--active');
    expect(ben.getAttribute('style')).toContain('--annotator-band: 1');
    expect(editor.state.doc.textContent).toBe('Iran rejected a demand by European negotiators.');

    editor.commands.setOverlaySpans([]);
    expect(element.querySelectorAll('[data-annotation-id]')).toHaveLength(0);
  });
});
