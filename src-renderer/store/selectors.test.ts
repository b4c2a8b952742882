import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { AppStore } from './appStore';
import { selectAnnotationById, selectArticlePositions, selectLabelAppearances } from './selectors';
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
});
