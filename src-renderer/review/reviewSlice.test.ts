import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { BridgeError } from '../bridge/bridgeError';
import { createTestStore } from '../store/testStore';
import {
  selectDisagreements,
  selectItemDecisions,
  selectProjectReviewProgress,
  selectReviewProgress,
  selectSideBySideAnnotators,
} from './reviewSelectors';

function span(id: string, label: string, start: number, end: number): Annotation {
  return { id, label, start, end, text: '', attributes: {}, note: '' };
}

describe('review', () => {
  let test: ReturnType<typeof createTestStore>;
  beforeEach(async () => {
    test = createTestStore();
    test.host.writeFile('ann', '517', [
      span('a1', 'demand', 0, 4),
      span('a2', 'threat', 10, 20),
      span('a3', 'offer', 30, 40),
      span('a4', 'denial', 50, 60),
    ]);
    test.host.writeFile('ben', '517', [
      span('b1', 'demand', 0, 4),
      span('b2', 'denial', 10, 20),
      span('b3', 'offer', 28, 40),
    ]);
    await test.state().loadProject();
    await test.state().openDocument('517');
    expect(await test.state().enterReview()).toBe(true);
  });

  it('opens gold as the current annotator and lists the disagreements', () => {
    expect(test.state().annotator).toBe('gold');
    expect(test.state().reviewReturnAnnotator).toBe('annotator');
    // Only gold's span counts and statuses were asked for, not the whole project again.
    expect(test.host.bridge.getProject).toHaveBeenCalledTimes(1);
    expect(test.host.bridge.getAnnotatorDocuments).toHaveBeenCalledWith({ annotator: 'gold' });
    expect(test.state().project!.annotator).toBe('gold');
    expect(selectDisagreements(test.state()).map((item) => item.kind)).toEqual([
      'agreed',
      'label-mismatch',
      'boundary-mismatch',
      'only-some',
    ]);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 0, total: 4, stale: 0 });
  });

  it('adjudicates into gold with provenance, saves rejections, and undoes', async () => {
    const [, labels, boundary, only] = selectDisagreements(test.state());
    expect(test.state().acceptAllAgreed()).toBe(1);
    expect(test.state().acceptDisagreement(labels!.key, ['ann'])).toBe(true);
    expect(test.state().acceptDisagreement(boundary!.key, ['ben'])).toBe(true);
    expect(test.state().rejectDisagreement(only!.key)).toBe(true);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 4, total: 4, stale: 0 });
    expect(await test.state().saveNow()).toBe(true);

    const save = test.host.saves.at(-1)!;
    expect(save.annotator).toBe('gold');
    expect(save.annotations.map((gold) => [gold.label, gold.start, gold.end])).toEqual([
      ['demand', 0, 4],
      ['threat', 10, 20],
      ['offer', 28, 40],
    ]);
    expect(save.annotations[0]!['provenance']).toMatchObject({
      annotators: ['ann', 'ben'],
      adjudicator: 'annotator',
      disagreementKey: 'agreed:0-4:demand',
    });
    expect(save.rejected).toEqual([
      expect.objectContaining({ disagreementKey: only!.key, adjudicator: 'annotator' }),
    ]);

    // Accepting another annotator's span replaces gold's decision for that item.
    test.state().acceptDisagreement(labels!.key, ['ben']);
    expect(test.state().annotations.map((gold) => gold.label)).toEqual([
      'demand',
      'denial',
      'offer',
    ]);
    test.state().undo();
    expect(test.state().annotations.map((gold) => gold.label)).toEqual([
      'demand',
      'threat',
      'offer',
    ]);
  });

  it('steps through disagreements, skipping agreed ones, and returns to the annotator', async () => {
    test.state().stepDisagreement(1);
    expect(test.state().activeDisagreementKey).toMatch(/^label-mismatch/);
    test.state().stepDisagreement(-1);
    expect(test.state().activeDisagreementKey).toMatch(/^only-some/);
    test.state().toggleReviewAnnotator('ben');
    expect(selectDisagreements(test.state()).map((item) => item.kind)).toEqual([]);
    expect(await test.state().exitReview()).toBe(true);
    expect(test.state().annotator).toBe('annotator');
    expect(test.state().project!.annotator).toBe('annotator');
    expect(test.state().reviewActive).toBe(false);
  });

  it('undoes and redoes rejections together with accepted spans, and autosaves them', async () => {
    const [, labels, , only] = selectDisagreements(test.state());
    const state = () => selectItemDecisions(test.state());
    test.state().acceptDisagreement(labels!.key, ['ann']);
    test.state().rejectDisagreement(only!.key);
    expect(state().get(only!.key)!.state).toBe('rejected');

    test.state().undo();
    expect(test.state().reviewRejected).toEqual([]);
    expect(state().get(only!.key)!.state).toBe('open');
    expect(state().get(labels!.key)!.state).toBe('resolved');
    test.state().undo();
    expect(test.state().annotations).toEqual([]);
    test.state().redo();
    test.state().redo();
    expect(test.state().reviewRejected.map((rejection) => rejection.disagreementKey)).toEqual([
      only!.key,
    ]);
    expect(test.state().dirty).toBe(true);
    expect(await test.state().saveNow()).toBe(true);
    expect(test.host.saves.at(-1)!.rejected).toEqual([
      expect.objectContaining({ disagreementKey: only!.key }),
    ]);

    // Undoing only a rejection is an edit too: it is saved, and the list on disk empties.
    test.state().undo();
    expect(test.state().dirty).toBe(true);
    expect(await test.state().saveNow()).toBe(true);
    expect(test.host.saves.at(-1)!.rejected).toEqual([]);
  });

  it('journals rejections with gold’s spans, and restores both after a crash', async () => {
    const [, labels, , only] = selectDisagreements(test.state());
    test.host.saveFailure = new BridgeError('disk full', 'annotations/gold/517.json');
    test.state().acceptDisagreement(labels!.key, ['ann']);
    await vi.waitFor(() => expect(test.host.journalWrites).toBe(1), { timeout: 3000 });
    test.state().rejectDisagreement(only!.key);
    await vi.waitFor(
      () =>
        expect(test.host.journals.get('annotations/gold/517.json')?.rejected).toEqual([
          expect.objectContaining({ disagreementKey: only!.key }),
        ]),
      { timeout: 3000 },
    );

    // The page is gone; a new one opens the same document in review.
    test.host.saveFailure = undefined;
    const next = createTestStore(test.host);
    await next.state().loadProject();
    await next.state().openDocument('517');
    expect(await next.state().enterReview()).toBe(true);
    expect(next.state().annotations.map((gold) => gold.label)).toEqual(['threat']);
    expect(next.state().reviewRejected.map((rejection) => rejection.disagreementKey)).toEqual([
      only!.key,
    ]);
    expect(next.state().notice?.message).toMatch(/^Restored 2 unsaved changes/);
    expect(selectItemDecisions(next.state()).get(only!.key)!.state).toBe('rejected');
    expect(await next.state().saveNow()).toBe(true);
    expect(test.host.saves.at(-1)!.rejected).toEqual([
      expect.objectContaining({ disagreementKey: only!.key }),
    ]);
    // The rejections came back as their own undoable step, after the spans.
    next.state().undo();
    expect(next.state().reviewRejected).toEqual([]);
    expect(next.state().annotations).toHaveLength(1);
  });

  it('never brings another document’s rejections back through undo', async () => {
    const [, , , only] = selectDisagreements(test.state());
    test.state().rejectDisagreement(only!.key);
    expect(await test.state().saveNow()).toBe(true);
    // Unsaved work on 733 waits in its journal; reopening restores it before 733's review
    // document has arrived, while 517's rejections are still in the store.
    test.host.journals.set('annotations/gold/733.json', {
      documentId: '733',
      annotator: 'gold',
      annotations: [span('g1', 'demand', 0, 4)],
      baseRevision: null,
      writtenAt: '2025-01-01T00:00:05.000Z',
    });
    await test.state().openDocument('733');
    await test.state().loadReviewDocument();
    expect(test.state().annotations.map((gold) => gold.id)).toEqual(['g1']);
    expect(test.state().reviewRejected).toEqual([]);

    test.state().undo();
    expect(test.state().annotations).toEqual([]);
    expect(test.state().reviewRejected).toEqual([]);
  });

  it('marks decisions whose spans changed, and replaces them when decided again', async () => {
    const [, labels, boundary] = selectDisagreements(test.state());
    test.state().acceptDisagreement(boundary!.key, ['ben']);
    test.state().rejectDisagreement(labels!.key);
    expect(await test.state().saveNow()).toBe(true);
    expect(test.host.saves.at(-1)!.annotations[0]!['provenance']).toMatchObject({
      sources: [
        { annotator: 'ann', spans: [expect.stringMatching(/^[0-9a-f]{16}$/)] },
        { annotator: 'ben', spans: [expect.any(String)] },
      ],
    });

    // ben moves the start of his offer and retags his denial as a threat, as ann has it.
    test.host.writeFile('ben', '517', [
      span('b1', 'demand', 0, 4),
      span('b2', 'threat', 10, 20),
      span('b3', 'offer', 29, 40),
    ]);
    await test.state().loadProject();
    await vi.waitFor(() =>
      expect(test.state().reviewDocument!.sources[1]!.annotations[2]!.start).toBe(29),
    );
    const items = selectDisagreements(test.state());
    const decisions = selectItemDecisions(test.state());
    expect(items.map((item) => [item.kind, decisions.get(item.key)!.state])).toEqual([
      ['agreed', 'open'],
      ['agreed', 'stale'],
      ['boundary-mismatch', 'stale'],
      ['only-some', 'open'],
    ]);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 0, total: 4, stale: 2 });

    // Deciding again replaces the old decision instead of keeping two.
    test.state().acceptDisagreement(items[1]!.key, ['ann']);
    test.state().acceptDisagreement(items[2]!.key, ['ann']);
    expect(test.state().reviewRejected).toEqual([]);
    expect(test.state().annotations.map((gold) => [gold.label, gold.start])).toEqual([
      ['threat', 10],
      ['offer', 30],
    ]);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 2, total: 4, stale: 0 });
  });

  it('counts the project, the open document live, and refreshes it after a save', async () => {
    test.host.writeFile('ann', '733', [span('a', 'offer', 0, 5)]);
    test.host.writeFile('ben', '733', [span('b', 'offer', 0, 5)]);
    await test.state().loadProject();
    await vi.waitFor(() => expect(test.state().projectProgress.documents).toHaveLength(2));
    expect(selectProjectReviewProgress(test.state())).toEqual({
      resolved: 0,
      total: 5,
      stale: 0,
      documents: 2,
      completeDocuments: 0,
    });
    expect(test.state().acceptAllAgreed()).toBe(1);
    expect(selectProjectReviewProgress(test.state())).toMatchObject({ resolved: 1, total: 5 });

    expect(await test.state().saveNow()).toBe(true);
    await vi.waitFor(() =>
      expect(test.state().projectProgress.documents).toContainEqual(
        expect.objectContaining({ documentId: '517', resolved: 1 }),
      ),
    );
    expect(test.host.bridge.getReviewProgress).toHaveBeenLastCalledWith({ documents: ['517'] });

    // Comparing fewer annotators counts only the documents they share.
    test.host.writeFile('cai', '733', []);
    await test.state().loadProject();
    test.state().toggleReviewAnnotator('ben');
    await vi.waitFor(() => expect(test.state().projectProgress.documents).toEqual([]));
    expect(test.host.bridge.getReviewProgress).toHaveBeenLastCalledWith({ annotators: ['ann'] });
  });

  it('shows the two chosen annotators side by side while they are compared', () => {
    test.host.writeFile('cai', '517', []);
    const review = test.state().reviewDocument!;
    test.store.setState({
      reviewDocument: {
        ...review,
        sources: [...review.sources, { annotator: 'cai', annotations: [] }],
      },
    });
    expect(selectSideBySideAnnotators(test.state())).toEqual(['ann', 'ben']);
    test.state().setSideBySideAnnotator(1, 'cai');
    expect(selectSideBySideAnnotators(test.state())).toEqual(['ann', 'cai']);
    test.state().setSideBySideAnnotator(0, 'cai');
    expect(selectSideBySideAnnotators(test.state())).toEqual(['cai', 'ann']);
    test.state().toggleReviewAnnotator('cai');
    expect(selectSideBySideAnnotators(test.state())).toEqual(['ben', 'ann']);
  });

  it('marks the agreement report stale when the files it covers change', async () => {
    test.state().setReviewView('report');
    await test.state().loadAgreementReport();
    expect(test.state().agreement.summary?.annotators).toEqual(['ann', 'ben']);

    // Adjudicating writes gold, which the report does not cover.
    test.state().acceptAllAgreed();
    expect(await test.state().saveNow()).toBe(true);
    expect(test.state().agreement.stale).toBe(false);
    // An import (or any reload of the project) may change any file.
    await test.state().loadProject();
    expect(test.state().agreement.stale).toBe(true);
    await test.state().loadAgreementReport();
    expect(test.state().agreement.stale).toBe(false);
    test.state().annotationFilesChanged({ annotator: 'ben', documentId: '517' });
    expect(test.state().agreement.stale).toBe(true);
  });

  it('reads the review document once when entering Review and the workspace both ask', async () => {
    const getReviewDocument = vi.mocked(test.host.bridge.getReviewDocument);
    await test.state().exitReview();
    getReviewDocument.mockClear();
    // The project's progress is counted elsewhere; here it must not read review documents.
    vi.mocked(test.host.bridge.getReviewProgress).mockResolvedValueOnce({
      documents: [],
      problems: [],
    });
    // As ReviewWorkspace does when it mounts, which happens while Review is being entered.
    const unsubscribe = test.store.subscribe((state, previous) => {
      if (state.reviewActive && !previous.reviewActive) void state.loadReviewDocument();
    });
    expect(await test.state().enterReview()).toBe(true);
    unsubscribe();
    expect(getReviewDocument).toHaveBeenCalledTimes(1);
    expect(test.state().reviewDocument?.documentId).toBe('517');

    // A reload asks again even while a read is in flight: the files may have changed.
    const first = test.state().loadReviewDocument({ reload: true });
    const second = test.state().loadReviewDocument({ reload: true });
    await Promise.all([first, second]);
    expect(getReviewDocument).toHaveBeenCalledTimes(3);
  });
});
