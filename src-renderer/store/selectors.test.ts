import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { inTextOrder } from '../article/textOrder';
import type { AppStore } from './appStore';
import {
  selectAnnotationById,
  selectArticlePositions,
  selectDrawnAnnotations,
  selectLabelAppearances,
} from './selectors';
import { createTestStore } from './testStore';

describe('shared derived state', () => {
  it('builds the label appearances once per label list', async () => {
    const { store } = createTestStore();
    await store.getState().loadProject();

    const appearances = selectLabelAppearances(store.getState());
    expect(appearances.get('demand')).toMatchObject({ name: 'Demand', lineStyle: 'solid' });
    expect(selectLabelAppearances(store.getState())).toBe(appearances);
  });

  it('builds the open article’s positions once, and keeps them while only its status changes', async () => {
    const { store } = createTestStore();
    await store.getState().loadProject();
    expect(selectArticlePositions(store.getState())).toBeNull();
    const [first] = store.getState().project!.documents;
    await store.getState().openDocument(first!.id);

    const positions = selectArticlePositions(store.getState())!;
    expect(positions.text).toBe(store.getState().opened!.article.text);
    store.setState((state) => ({ opened: { ...state.opened!, status: 'done' } }));
    expect(selectArticlePositions(store.getState())).toBe(positions);
  });

  it('finds a span by id in every new span list, wherever it has moved', () => {
    const span = (id: string): Annotation => ({ id, label: 'demand', start: 0, end: 1, text: 'x' });
    const listOf = (ids: string[]) => ({ annotations: ids.map(span) }) as unknown as AppStore;
    const first = listOf(['a', 'b', 'c']);
    expect(selectAnnotationById(first, 'b')?.id).toBe('b');
    expect(selectAnnotationById(first, 'b')).toBe(first.annotations[1]);
    // Appended (a tag): the same place; removed before it: one place earlier; gone: undefined.
    expect(selectAnnotationById(listOf(['a', 'b', 'c', 'd']), 'b')?.id).toBe('b');
    const shifted = listOf(['b', 'c']);
    expect(selectAnnotationById(shifted, 'b')).toBe(shifted.annotations[0]);
    expect(selectAnnotationById(listOf(['x', 'y', 'b']), 'b')?.id).toBe('b');
    expect(selectAnnotationById(listOf(['a', 'c']), 'b')).toBeUndefined();
    expect(selectAnnotationById(listOf([]), 'b')).toBeUndefined();
  });

  it('keeps the drawn spans in text order as spans are appended one by one (property)', () => {
    const TEXT_LENGTH = 40;
    const spanArbitrary = fc.record({
      start: fc.integer({ min: 0, max: 45 }),
      length: fc.integer({ min: -1, max: 8 }),
      label: fc.constantFrom('demand', 'threat'),
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
    });
    fc.assert(
      fc.property(fc.array(spanArbitrary, { maxLength: 30 }), (specs) => {
        const flagged = new Set(['f']);
        // One flagged list for the whole document, as the store keeps it between tags.
        const flaggedEntries = [{ annotationId: 'f', message: 'flagged' }];
        let annotations: Annotation[] = [];
        for (const spec of specs) {
          const span: Annotation = {
            id: spec.id,
            label: spec.label,
            start: spec.start,
            end: spec.start + spec.length,
            text: '',
          };
          // A tag appends to the list; every other change makes a list of its own.
          annotations = [...annotations, span];
          const state = {
            annotations,
            opened: {
              article: { textLength: TEXT_LENGTH },
              flagged: flaggedEntries,
            },
          } as unknown as AppStore;
          const expected = inTextOrder(
            annotations.filter(
              (annotation) =>
                !flagged.has(annotation.id) &&
                annotation.start < annotation.end &&
                annotation.end <= TEXT_LENGTH,
            ),
          );
          expect(selectDrawnAnnotations(state)).toEqual(expected);
        }
      }),
    );
  });
});
