import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeError } from '../bridge/bridgeError';
import { ANNOTATOR_STORAGE_KEY } from './projectSlice';
import { createTestStore, selectText } from './testStore';

describe('autosave', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    vi.useFakeTimers();
    test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
  });
  afterEach(() => vi.useRealTimers());

  it('saves once, 800 ms after the last of several quick edits', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(500);
    test.state().setAnnotationAttribute('span-1', 'modality', 'negated');
    await vi.advanceTimersByTimeAsync(799);
    expect(test.host.saves).toHaveLength(0);
    expect(test.state().saveState).toBe('unsaved');

    await vi.advanceTimersByTimeAsync(1);

    expect(test.host.saves).toHaveLength(1);
    expect(test.host.saves[0]).toMatchObject({
      documentId: '517',
      annotator: 'annotator',
      baseRevision: null,
      status: 'in-progress',
    });
    expect(test.host.saves[0]!.annotations[0]!.attributes).toEqual({ modality: 'negated' });
    expect(test.state()).toMatchObject({ saveState: 'saved', dirty: false });
    expect(test.state().project!.documents[0]).toMatchObject({
      spanCount: 1,
      status: 'in-progress',
    });
  });

  it('lists the annotator among the document’s annotators once their file is saved', async () => {
    const summary = () => test.state().project!.documents.find((d) => d.id === '517')!;
    test.state().updateDocumentSummary('517', {}, 'zoe');
    expect(summary().annotators).toEqual(['zoe']);

    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(800);
    selectText(test.store, 'Tehran');
    test.state().tagSelection('demand');
    await vi.advanceTimersByTimeAsync(800);

    expect(test.host.saves).toHaveLength(2);
    // In the host's order, and once however often the file is saved.
    expect(summary().annotators).toEqual(['annotator', 'zoe']);
  });

  it('bases the next save on the revision the last save wrote', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(800);
    test.state().deleteAnnotation('span-1');
    await vi.advanceTimersByTimeAsync(800);

    expect(test.host.saves).toHaveLength(2);
    expect(test.host.saves[1]!.baseRevision).toBe('r1');
    expect(test.state().opened!.revision).toBe('r2');
    expect(test.state().saveState).toBe('saved');
  });

  it('sends only the spans changed since the list the host last opened or saved', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(800);
    selectText(test.store, 'Tehran');
    test.state().tagSelection('threat');
    test.state().deleteAnnotation('span-1');
    await vi.advanceTimersByTimeAsync(800);

    const sent = vi.mocked(test.host.bridge.saveAnnotations).mock.calls.map(([input]) => input);
    expect(sent[0]).toMatchObject({
      changesSince: { listId: 'list-1', removedIds: [], upserted: [{ id: 'span-1' }] },
    });
    expect(sent[0]).not.toHaveProperty('annotations');
    // The journal wrote the second round of edits first; the save then had nothing to add.
    expect(test.host.bridge.writeRecoveryJournal).toHaveBeenCalledWith(
      expect.objectContaining({
        changesSince: {
          listId: 'list-2',
          removedIds: ['span-1'],
          upserted: [test.state().annotations[0]],
        },
      }),
    );
    expect(sent[1]).toMatchObject({
      changesSince: { listId: 'list-3', removedIds: [], upserted: [] },
    });
    // What the host wrote is the page's list, span for span.
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations).toEqual(
      test.state().annotations,
    );
  });

  it('sends the whole list when the host no longer holds the one it named', async () => {
    test.host.forgetHeldSpans();
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(800);

    const sent = vi.mocked(test.host.bridge.saveAnnotations).mock.calls.map(([input]) => input);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toHaveProperty('changesSince');
    expect(sent[1]).toMatchObject({ annotations: test.state().annotations });
    expect(test.state().saveState).toBe('saved');
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations).toEqual(
      test.state().annotations,
    );
  });

  it('saves at once on a document switch', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');

    await test.state().openDocument('733');

    expect(test.host.saves).toHaveLength(1);
    expect(test.host.saves[0]!.documentId).toBe('517');
    expect(test.state().opened!.article.id).toBe('733');
  });

  it('keeps the edits in memory, unsaved, naming the file and cause when a save fails', async () => {
    test.host.saveFailure = new BridgeError(
      'no space left on device',
      'annotations/annotator/517.json',
    );
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await vi.advanceTimersByTimeAsync(800);

    expect(test.state()).toMatchObject({
      saveState: 'error',
      dirty: true,
      saveError: { message: 'no space left on device', file: 'annotations/annotator/517.json' },
    });
    expect(test.state().annotations).toHaveLength(1);

    // Leaving the document would lose the spans: it stays open.
    expect(await test.state().openDocument('733')).toBe(false);
    expect(test.state().opened!.article.id).toBe('517');
    expect(test.state().notice!.message).toMatch(/stays open.*no space left/);

    test.host.saveFailure = undefined;
    expect(await test.state().saveNow()).toBe(true);
    expect(test.state()).toMatchObject({ saveState: 'saved', dirty: false, saveError: null });
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations).toHaveLength(1);
  });

  it('saves again when an edit arrives while a save is running', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    const saving = test.state().saveNow();
    selectText(test.store, 'Tehran');
    test.state().tagSelection('threat');
    await saving;
    expect(test.state().saveState).toBe('unsaved');

    await vi.advanceTimersByTimeAsync(800);

    expect(test.host.saves.map((save) => save.annotations.length)).toEqual([1, 2]);
    expect(test.state().saveState).toBe('saved');
  });

  it('keeps "done" when it is marked while an earlier save is still running', async () => {
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    const earlier = test.state().saveNow();

    await test.state().toggleDocumentDone();
    await earlier;

    expect(test.state().opened!.status).toBe('done');
    expect(test.host.saves.map((save) => save.status)).toEqual(['in-progress', 'done']);
    expect(test.state().saveState).toBe('saved');
  });

  it('marks a document done and saves that at once', async () => {
    await test.state().toggleDocumentDone();

    expect(test.host.saves).toHaveLength(1);
    expect(test.host.saves[0]!.status).toBe('done');
    expect(test.state().opened!.status).toBe('done');
    expect(test.state().project!.documents[0]!.status).toBe('done');
  });
});

describe('conflicts', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
    // Another program writes the file after it was opened.
    test.host.writeFile('annotator', '517', [
      { id: 'theirs', label: 'offer', start: 0, end: 4, text: 'Iran' },
    ]);
    selectText(test.store, 'rejected');
    test.state().tagSelection('denial');
    await test.state().saveNow();
  });

  it('never overwrites silently: the conflict waits for a decision and blocks edits', () => {
    expect(test.state().conflict).toMatchObject({ file: 'annotations/annotator/517.json' });
    expect(test.state()).toMatchObject({ saveState: 'error', dirty: true });
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations[0]!.id).toBe(
      'theirs',
    );
    selectText(test.store, 'Tehran');
    expect(test.state().tagSelection('threat')).toBe(false);
    expect(test.state().notice!.message).toMatch(/conflict/);
  });

  it('keeps mine by saving with overwrite', async () => {
    expect(await test.state().resolveConflictByKeepingMine()).toBe(true);

    expect(test.host.saves.at(-1)!.overwrite).toBe(true);
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations[0]!.text).toBe(
      'rejected',
    );
    expect(test.state()).toMatchObject({ conflict: null, saveState: 'saved', dirty: false });
  });

  it('reloads from disk, discarding mine', async () => {
    await test.state().resolveConflictByReloading();

    expect(test.state().annotations.map((span) => span.id)).toEqual(['theirs']);
    expect(test.state()).toMatchObject({ conflict: null, saveState: 'saved', dirty: false });
    test.state().undo();
    expect(test.state().annotations.map((span) => span.id)).toEqual(['theirs']);
  });

  it('saves mine under another annotator name and carries on as that annotator', async () => {
    expect(await test.state().resolveConflictBySavingAs('not valid!')).toMatch(/annotator name/);
    expect(test.state().conflict).not.toBeNull();

    expect(await test.state().resolveConflictBySavingAs('ana-copy')).toBeNull();

    expect(test.host.files.get('annotations/ana-copy/517.json')!.annotations[0]!.text).toBe(
      'rejected',
    );
    expect(test.host.files.get('annotations/annotator/517.json')!.annotations[0]!.id).toBe(
      'theirs',
    );
    expect(test.state()).toMatchObject({
      annotator: 'ana-copy',
      conflict: null,
      saveState: 'saved',
    });
  });

  it('keeps the conflict when the other name has a file too', async () => {
    test.host.writeFile('bo', '517', []);

    expect(await test.state().resolveConflictBySavingAs('bo')).toMatch(/bo already has a file/);

    expect(test.state().conflict!.file).toBe('annotations/annotator/517.json');
    expect(test.state().annotator).toBe('annotator');
  });
});

describe('annotator', () => {
  it('is remembered and used to load the project', async () => {
    const test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');

    expect(await test.state().changeAnnotator('bad name')).toMatch(/annotator name/);
    expect(await test.state().changeAnnotator('ana')).toBeNull();

    expect(test.state().annotator).toBe('ana');
    expect(test.host.bridge.openDocument).toHaveBeenLastCalledWith({
      documentId: '517',
      annotator: 'ana',
    });
    expect(test.state().opened!.article.id).toBe('517');
  });

  it('starts from the remembered name', async () => {
    const values = new Map([[ANNOTATOR_STORAGE_KEY, 'kim']]);
    const { createAppStore } = await import('./createAppStore');
    const { FakeHost, SAMPLE_ARTICLES } = await import('../testing/fakeBridge');
    const host = new FakeHost(SAMPLE_ARTICLES);
    const store = createAppStore(host.bridge, {
      storage: {
        getItem: (key) => values.get(key) ?? null,
        setItem: (key, value) => values.set(key, value),
      },
    });

    await store.getState().loadProject();

    expect(host.bridge.getProject).toHaveBeenCalledWith({ annotator: 'kim' });
    expect(store.getState().annotator).toBe('kim');
  });
});
