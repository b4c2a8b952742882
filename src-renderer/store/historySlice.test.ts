import { beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, selectText } from './testStore';

describe('undo and redo', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
  });

  it('undoes and redoes tagging, relabelling and deleting, step by step', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    test.state().setAnnotationLabel('span-1', 'threat');
    test.state().deleteAnnotation('span-1');
    expect(test.state().annotations).toHaveLength(0);

    test.state().undo();
    expect(test.state().annotations.map((span) => span.label)).toEqual(['threat']);
    test.state().undo();
    expect(test.state().annotations.map((span) => span.label)).toEqual(['denial']);
    test.state().undo();
    expect(test.state().annotations).toHaveLength(0);
    test.state().undo();
    expect(test.state().notice!.message).toBe('Nothing to undo.');

    test.state().redo();
    test.state().redo();
    expect(test.state().annotations.map((span) => span.label)).toEqual(['threat']);
  });

  it('undoes attribute edits, a choice at a time', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    test.state().setAnnotationAttribute('span-1', 'modality', 'negated');
    test.state().setAnnotationAttribute('span-1', 'modality', 'conditional');
    test.state().setAnnotationAttribute('span-1', 'confidence', 'high');

    test.state().undo();
    expect(test.state().annotations[0]!.attributes).toEqual({ modality: 'conditional' });
    test.state().undo();
    expect(test.state().annotations[0]!.attributes).toEqual({ modality: 'negated' });
    test.state().redo();
    expect(test.state().annotations[0]!.attributes).toEqual({ modality: 'conditional' });
  });

  it('undoes a burst of typing in a note or a text attribute as one edit', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    for (const note of ['r', 're', 'rej', 'reje']) test.state().setAnnotationNote('span-1', note);
    for (const source of ['I', 'Ir', 'Ira'])
      test.state().setAnnotationAttribute('span-1', 'source', source);

    test.state().undo();
    expect(test.state().annotations[0]).toMatchObject({ note: 'reje', attributes: {} });
    test.state().undo();
    expect(test.state().annotations[0]!.note).toBe('');
  });

  it('clears the redo steps after a new edit and drops a selection that no longer exists', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    test.state().undo();
    selectText(test.store, 'Tehran');
    test.state().tagSelection('threat');
    test.state().redo();
    expect(test.state().annotations.map((span) => span.text)).toEqual(['Tehran']);

    test.state().selectAnnotation('span-2');
    test.state().undo();
    expect(test.state().selectedAnnotationId).toBeNull();
  });

  it('keeps a history per document, across a switch and back', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await test.state().openDocument('733');
    selectText(test.store, 'offered');
    test.state().tagSelection('offer');

    await test.state().openDocument('517');
    test.state().undo();

    expect(test.state().annotations).toHaveLength(0);
    await test.state().openDocument('733');
    expect(test.state().annotations.map((span) => span.text)).toEqual(['offered']);
  });

  it('marks an undo as an edit to save', () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    test.store.setState({ dirty: false, saveState: 'saved' });

    test.state().undo();

    expect(test.state().dirty).toBe(true);
    expect(test.state().saveState).toBe('unsaved');
  });
});
