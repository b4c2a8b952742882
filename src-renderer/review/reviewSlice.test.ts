import { beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { createTestStore } from '../store/testStore';
import { selectDisagreements, selectReviewProgress } from './reviewSelectors';

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
    expect(selectDisagreements(test.state()).map((item) => item.kind)).toEqual([
      'agreed',
      'label-mismatch',
      'boundary-mismatch',
      'only-some',
    ]);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 0, total: 4 });
  });

  it('adjudicates into gold with provenance, saves rejections, and undoes', async () => {
    const [, labels, boundary, only] = selectDisagreements(test.state());
    expect(test.state().acceptAllAgreed()).toBe(1);
    expect(test.state().acceptDisagreement(labels!.key, ['ann'])).toBe(true);
    expect(test.state().acceptDisagreement(boundary!.key, ['ben'])).toBe(true);
    expect(test.state().rejectDisagreement(only!.key)).toBe(true);
    expect(selectReviewProgress(test.state())).toEqual({ resolved: 4, total: 4 });
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
    expect(test.state().reviewActive).toBe(false);
  });
});
