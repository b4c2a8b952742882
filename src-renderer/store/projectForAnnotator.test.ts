import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { FakeHost, SAMPLE_ARTICLES } from '../testing/fakeBridge';
import { projectForAnnotator } from './projectForAnnotator';

function span(id: string, start: number, end: number): Annotation {
  return { id, label: 'demand', start, end, text: '', attributes: {}, note: '' };
}

describe('projectForAnnotator', () => {
  it('reads the whole project when none is loaded', async () => {
    const host = new FakeHost(SAMPLE_ARTICLES);
    const project = await projectForAnnotator(host.bridge, null, 'ann');
    expect(project.annotator).toBe('ann');
    expect(host.bridge.getProject).toHaveBeenCalledWith({ annotator: 'ann' });
    expect(host.bridge.getAnnotatorDocuments).not.toHaveBeenCalled();
  });

  it('asks only for the annotator’s span counts and statuses, keeping the rest', async () => {
    const host = new FakeHost(SAMPLE_ARTICLES);
    host.writeFile('gold', '517', [span('g1', 0, 4), span('g2', 5, 9)], 'done');
    host.writeFile('gold', '733', [span('g3', 0, 4)]);
    const ann = await host.bridge.getProject({ annotator: 'ann' });
    const shown = { ...ann, documents: ann.documents.map((d) => ({ ...d, annotators: ['x'] })) };

    const gold = await projectForAnnotator(host.bridge, shown, 'gold');

    expect(host.bridge.getProject).toHaveBeenCalledTimes(1);
    expect(host.bridge.getAnnotatorDocuments).toHaveBeenCalledWith({ annotator: 'gold' });
    expect(gold).toEqual({
      ...shown,
      annotator: 'gold',
      documents: shown.documents.map((summary) => ({
        ...summary,
        spanCount: { '517': 2, '733': 1 }[summary.id] ?? 0,
        status: { '517': 'done', '733': 'in-progress' }[summary.id] ?? 'not-started',
      })),
    });
    // The same figures as the whole snapshot gives.
    const whole = await host.bridge.getProject({ annotator: 'gold' });
    expect(gold.documents.map(({ spanCount, status }) => ({ spanCount, status }))).toEqual(
      whole.documents.map(({ spanCount, status }) => ({ spanCount, status })),
    );
  });

  it('reads the whole project again when the host’s documents are not the ones shown', async () => {
    const host = new FakeHost(SAMPLE_ARTICLES);
    const shown = await host.bridge.getProject({ annotator: 'ann' });
    const oneFewer = new FakeHost(SAMPLE_ARTICLES.slice(1));
    const reordered = new FakeHost([...SAMPLE_ARTICLES].reverse());
    for (const changed of [oneFewer, reordered]) {
      const project = await projectForAnnotator(changed.bridge, shown, 'gold');
      expect(changed.bridge.getAnnotatorDocuments).toHaveBeenCalledTimes(1);
      expect(changed.bridge.getProject).toHaveBeenCalledWith({ annotator: 'gold' });
      expect(project.documents.map((summary) => summary.id)).toEqual(
        changed.articles.map((article) => article.id),
      );
    }
  });
});
