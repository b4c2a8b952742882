import { describe, expect, it } from 'vitest';
import { selectArticlePositions, selectLabelAppearances } from './selectors';
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
});
