import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BridgeError } from '../bridge/bridgeError';
import { createTestStore, selectText } from './testStore';

describe('recovery journal', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    vi.useFakeTimers();
    test = createTestStore();
    await test.state().loadProject();
    await test.state().openDocument('517');
  });
  afterEach(() => vi.useRealTimers());

  function tag(phrase: string, label = 'denial'): void {
    selectText(test.store, phrase);
    test.state().tagSelection(label);
  }

  it('journals unsaved edits at most once a second, and not when nothing changed', async () => {
    test.host.saveFailure = new BridgeError('permission denied', 'annotations/annotator/517.json');
    tag('rejected');
    await vi.advanceTimersByTimeAsync(500);
    tag('camera monitoring', 'demand');
    await vi.advanceTimersByTimeAsync(500);
    expect(test.host.journalWrites).toBe(1);
    expect(test.host.journals.get('annotations/annotator/517.json')).toMatchObject({
      baseRevision: null,
      status: 'in-progress',
      annotations: [{ id: 'span-1' }, { id: 'span-2' }],
    });
    // The failed autosave and a retry change nothing: no new journal write.
    await test.state().saveNow();
    await vi.advanceTimersByTimeAsync(3000);
    expect(test.host.journalWrites).toBe(1);

    tag('Tehran', 'threat');
    await vi.advanceTimersByTimeAsync(1000);
    expect(test.host.journalWrites).toBe(2);
    // Only the new span went to the host, which holds the whole list again.
    expect(test.host.bridge.writeRecoveryJournal).toHaveBeenLastCalledWith(
      expect.objectContaining({
        changesSince: {
          listId: 'list-2',
          removedIds: [],
          upserted: [test.state().annotations[2]],
        },
      }),
    );
    expect(test.host.journals.get('annotations/annotator/517.json')?.annotations).toEqual(
      test.state().annotations,
    );
  });

  it('writes no journal when the autosave succeeds first, and the save removes one', async () => {
    tag('rejected');
    await vi.advanceTimersByTimeAsync(2000);
    expect(test.state().saveState).toBe('saved');
    expect(test.host.journals.size).toBe(0);
    expect(test.host.journalWrites).toBe(0);
  });

  it('restores journaled edits on the same file as unsaved, says so, and autosaves them', async () => {
    test.host.saveFailure = new BridgeError('permission denied', 'annotations/annotator/517.json');
    tag('rejected');
    tag('camera monitoring', 'demand');
    await vi.advanceTimersByTimeAsync(1000);
    // The app dies; a new one opens the document.
    const restarted = createTestStore(test.host);
    test.host.saveFailure = undefined;
    await restarted.state().loadProject();
    await restarted.state().openDocument('517');

    expect(restarted.state().annotations.map((span) => span.id)).toEqual(['span-1', 'span-2']);
    expect(restarted.state()).toMatchObject({ dirty: true, saveState: 'unsaved' });
    expect(restarted.state().notice?.message).toMatch(/^Restored 2 unsaved changes from .+\.$/);
    await vi.advanceTimersByTimeAsync(800);
    expect(restarted.state().saveState).toBe('saved');
    expect(test.host.files.get('annotations/annotator/517.json')?.annotations).toHaveLength(2);
    expect(test.host.journals.size).toBe(0);

    restarted.state().undo();
    expect(restarted.state().annotations).toEqual([]);
  });

  it('offers the file or the journal when the file changed since; keeping the file drops it', async () => {
    test.host.saveFailure = new BridgeError('disk full', 'annotations/annotator/517.json');
    tag('rejected');
    await vi.advanceTimersByTimeAsync(1000);
    test.host.writeFile('annotator', '517', []);
    test.host.saveFailure = undefined;

    const restarted = createTestStore(test.host);
    await restarted.state().loadProject();
    await restarted.state().openDocument('517');
    expect(restarted.state().annotations).toEqual([]);
    expect(restarted.state().recoveryOffer?.recovered).toMatchObject({
      matchesFile: false,
      changedSpans: 1,
    });
    await restarted.state().keepFileOverRecoveredEdits();
    expect(restarted.state()).toMatchObject({ recoveryOffer: null, dirty: false });
    expect(restarted.state().notice?.message).toMatch(/^Kept the file; the 1 unsaved change/);
    expect(test.host.journals.size).toBe(0);
  });

  it('restores offered edits over a changed file when the analyst chooses them', async () => {
    test.host.saveFailure = new BridgeError('disk full', 'annotations/annotator/517.json');
    tag('rejected');
    await vi.advanceTimersByTimeAsync(1000);
    test.host.writeFile('annotator', '517', []);
    test.host.saveFailure = undefined;

    const restarted = createTestStore(test.host);
    await restarted.state().loadProject();
    await restarted.state().openDocument('517');
    restarted.state().restoreRecoveredEdits();
    expect(restarted.state().recoveryOffer).toBeNull();
    await vi.advanceTimersByTimeAsync(800);
    expect(restarted.state().saveState).toBe('saved');
    expect(test.host.files.get('annotations/annotator/517.json')?.annotations).toHaveLength(1);
  });

  it('drops the journal when a conflict is resolved by reloading', async () => {
    test.host.writeFile('annotator', '517', []);
    tag('rejected');
    await vi.advanceTimersByTimeAsync(1000);
    expect(test.state().conflict).not.toBeNull();
    expect(test.host.journals.size).toBe(1);
    await test.state().resolveConflictByReloading();
    expect(test.host.journals.size).toBe(0);
    expect(test.state().recoveryOffer).toBeNull();
  });
});
