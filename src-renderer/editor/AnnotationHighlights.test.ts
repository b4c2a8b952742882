import { Editor } from '@tiptap/core';
import { DecorationSet } from '@tiptap/pm/view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  AnnotationHighlights,
  annotationHighlightsKey,
  drawnAnnotationIds,
  type HighlightSpan,
} from './AnnotationHighlights';
import { ReadOnlyArticle } from './ReadOnlyArticle';

let editor: Editor | undefined;
let element: HTMLElement | undefined;
afterEach(() => {
  editor?.destroy();
  element?.remove();
});

const TEXT = 'Iran rejected a demand by European negotiators.';

function span(overrides: Partial<HighlightSpan> & Pick<HighlightSpan, 'id'>): HighlightSpan {
  return {
    label: 'denial',
    from: 7,
    to: 15,
    colour: '#CC79A7',
    lineStyle: 'dashed',
    layer: 0,
    selected: false,
    ...overrides,
  };
}

function mountedEditor(): Editor {
  element = document.createElement('div');
  document.body.append(element);
  editor = new Editor({ element, extensions: [ReadOnlyArticle, AnnotationHighlights] });
  editor.commands.loadArticle(TEXT);
  return editor;
}

function decorationsOf(current: Editor) {
  return annotationHighlightsKey.getState(current.state)!.decorations.find();
}

/** The decoration object the plugin keeps for span `id` (find() hands out positioned copies). */
function keptDecoration(current: Editor, id: string) {
  const state = annotationHighlightsKey.getState(current.state)!;
  return state.drawn[state.spans.findIndex((span) => span.id === id)];
}

describe('AnnotationHighlights', () => {
  it('draws spans as decorations with test hooks, colour and layer, leaving the text alone', () => {
    const current = mountedEditor();

    current.commands.setAnnotationHighlights([
      span({ id: 'a1', from: 7, to: 24 }),
      span({
        id: 'a2',
        label: 'demand',
        from: 18,
        to: 24,
        colour: '#0072B2',
        layer: 1,
        lineStyle: 'solid',
      }),
    ]);

    const outer = element!.querySelector('[data-annotation-id="a1"]') as HTMLElement;
    const inner = element!.querySelector('[data-annotation-id="a2"]') as HTMLElement;
    expect(outer.dataset.label).toBe('denial');
    expect(outer.classList).toContain('parley-colour-cc79a7');
    expect(outer.className).toContain('parley-span--dashed');
    expect(inner.className).toContain('parley-span--layer-1');
    // Colour and layer come from classes: no inline style to parse per span.
    expect(outer.getAttribute('style')).toBeNull();
    expect(inner.getAttribute('style')).toBeNull();
    expect(inner.textContent).toBe('demand');
    expect(current.state.doc.textContent).toBe(TEXT);
  });

  it('sets inline only what no class covers: deep layers and colours that are not #RRGGBB', () => {
    const current = mountedEditor();

    current.commands.setAnnotationHighlights([
      span({ id: 'deep', layer: 6 }),
      span({ id: 'named', from: 18, to: 24, colour: 'rebeccapurple' }),
    ]);

    const deep = element!.querySelector('[data-annotation-id="deep"]') as HTMLElement;
    const named = element!.querySelector('[data-annotation-id="named"]') as HTMLElement;
    expect(deep.className).toContain('parley-span--layer-4');
    expect(deep.style.getPropertyValue('--span-layer')).toBe('6');
    expect(named.style.getPropertyValue('--label-colour')).toBe('rebeccapurple');
  });

  it('nests overlapping spans as separate elements, each with its own hooks', () => {
    const current = mountedEditor();

    current.commands.setAnnotationHighlights([
      span({ id: 'outer', from: 7, to: 24 }),
      span({ id: 'inner', label: 'demand', from: 18, to: 24, layer: 1 }),
      span({ id: 'crossing', label: 'threat', from: 21, to: 31, layer: 2 }),
    ]);

    const textOf = (id: string) =>
      [...element!.querySelectorAll(`[data-annotation-id="${id}"]`)]
        .map((piece) => piece.textContent)
        .join('');
    // Each text piece knows every span covering it through its chain of elements.
    const idsAround = (text: string) => {
      const walker = document.createTreeWalker(element!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent !== text) continue;
        const ids: string[] = [];
        for (let at = node.parentElement; at && at !== element; at = at.parentElement) {
          const id = at.getAttribute('data-annotation-id');
          if (id) ids.push(id);
        }
        return ids.sort();
      }
      return undefined;
    };
    expect(textOf('inner')).toBe('demand');
    expect(textOf('crossing')).toBe('and by Eur');
    expect(idsAround('dem')).toEqual(['inner', 'outer']);
    expect(idsAround('and')).toEqual(['crossing', 'inner', 'outer']);
    expect(idsAround(' by Eur')).toEqual(['crossing']);
    const outerText = [...element!.querySelectorAll('[data-annotation-id="outer"]')]
      .map((piece) => piece.textContent)
      .join('');
    expect(outerText).toBe('rejected a demand');
  });

  it('patches the decoration set for a small change instead of rebuilding it', () => {
    const current = mountedEditor();
    const many = Array.from({ length: 10 }, (_, index) =>
      span({ id: `a${index}`, from: 2 + index * 4, to: 5 + index * 4 }),
    );
    current.commands.setAnnotationHighlights(many);
    const decorationOf = (id: string) => keptDecoration(current, id);
    const [a1, a2, a9] = ['a1', 'a2', 'a9'].map(decorationOf);
    const create = vi.spyOn(DecorationSet, 'create');

    current.commands.setAnnotationHighlights(
      many.map((entry) => (entry.id === 'a2' ? { ...entry, selected: true } : entry)),
    );

    expect(create).not.toHaveBeenCalled();
    expect(decorationOf('a1')).toBe(a1);
    expect(decorationOf('a9')).toBe(a9);
    expect(decorationOf('a2')).not.toBe(a2);
    expect(decorationsOf(current)).toHaveLength(10);
    expect(
      element!.querySelector('.parley-span--selected')?.getAttribute('data-annotation-id'),
    ).toBe('a2');
    create.mockRestore();
  });

  it('adds, removes and moves spans in one pass, whatever changed where', () => {
    const current = mountedEditor();
    const at = (id: string, from: number, to: number) => span({ id, from, to });
    current.commands.setAnnotationHighlights([at('a', 2, 6), at('b', 8, 12), at('c', 14, 20)]);
    const [b, c] = ['b', 'c'].map((id) => keptDecoration(current, id));

    // "a" removed, "d" added before "b", "c" moved to the front, "e" added at the end.
    current.commands.setAnnotationHighlights([
      at('c', 1, 3),
      at('d', 4, 5),
      at('b', 8, 12),
      at('e', 30, 40),
    ]);

    const drawn = decorationsOf(current)
      .map((decoration) => [decoration.spec.annotationId, decoration.from, decoration.to])
      .sort();
    expect(drawn).toEqual([
      ['b', 8, 12],
      ['c', 1, 3],
      ['d', 4, 5],
      ['e', 30, 40],
    ]);
    expect(keptDecoration(current, 'b')).toBe(b);
    expect(keptDecoration(current, 'c')).not.toBe(c);
    expect(drawnAnnotationIds(current.state)).toEqual(['c', 'd', 'b', 'e']);
  });

  it('keeps the same state when nothing changed', () => {
    const current = mountedEditor();
    current.commands.setAnnotationHighlights([span({ id: 'a1' })]);
    const before = annotationHighlightsKey.getState(current.state);

    current.commands.setAnnotationHighlights([span({ id: 'a1' })]);

    expect(annotationHighlightsKey.getState(current.state)).toBe(before);
  });

  it('removes spans that are no longer given', () => {
    const current = mountedEditor();
    current.commands.setAnnotationHighlights([
      span({ id: 'a1' }),
      span({ id: 'a2', from: 18, to: 24 }),
    ]);

    current.commands.setAnnotationHighlights([span({ id: 'a2', from: 18, to: 24 })]);

    expect(drawnAnnotationIds(current.state)).toEqual(['a2']);
    expect(element!.querySelector('[data-annotation-id="a1"]')).toBeNull();
  });

  it('skips spans outside the document instead of throwing', () => {
    editor = new Editor({ extensions: [ReadOnlyArticle, AnnotationHighlights] });
    editor.commands.loadArticle('Short');

    editor.commands.setAnnotationHighlights([
      span({ id: 'far', from: 3, to: 401 }),
      span({ id: 'ok', from: 2, to: 4 }),
    ]);

    expect(drawnAnnotationIds(editor.state)).toEqual(['ok']);
    // The next change is diffed against the spans that were drawn, not those given.
    editor.commands.setAnnotationHighlights([
      span({ id: 'ok', from: 2, to: 4 }),
      span({ id: 'next', from: 3, to: 5 }),
    ]);
    expect(drawnAnnotationIds(editor.state)).toEqual(['ok', 'next']);
  });

  it('forgets the spans of the previous article when another is loaded', () => {
    editor = new Editor({ extensions: [ReadOnlyArticle, AnnotationHighlights] });
    editor.commands.loadArticle(TEXT);
    editor.commands.setAnnotationHighlights([span({ id: 'a1' })]);

    editor.commands.loadArticle('Another article');

    expect(drawnAnnotationIds(editor.state)).toEqual([]);
    expect(annotationHighlightsKey.getState(editor.state)!.decorations.find()).toHaveLength(0);
  });
});
