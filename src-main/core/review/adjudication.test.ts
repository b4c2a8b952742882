import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import { annotatorsWithSpan, goldSpanFrom, isResolved, reviewProgress } from './adjudication';
import { findDisagreements } from './findDisagreements';

const items = findDisagreements(['ann', 'ben'], {
  ann: [
    { id: 'a1', label: 'demand', start: 0, end: 7 },
    { id: 'a2', label: 'threat', start: 10, end: 20 },
  ],
  ben: [
    { id: 'b1', label: 'demand', start: 0, end: 7 },
    { id: 'b2', label: 'denial', start: 10, end: 20 },
  ],
});

describe('adjudication', () => {
  it('counts an item resolved by an overlapping gold span or a rejection', () => {
    const [agreed, mismatch] = items;
    expect(isResolved(agreed!, [], [])).toBe(false);
    expect(isResolved(agreed!, [{ id: 'g', label: 'demand', start: 2, end: 4 }], [])).toBe(true);
    expect(isResolved(agreed!, [{ id: 'g', label: 'demand', start: 7, end: 9 }], [])).toBe(false);
    expect(isResolved(mismatch!, [], [{ disagreementKey: mismatch!.key }])).toBe(true);
    const accepted = { annotators: ['ann'], adjudicator: 'e', adjudicatedAt: 'now' };
    const forOther = { ...accepted, disagreementKey: agreed!.key };
    expect(
      isResolved(
        mismatch!,
        [{ id: 'g', label: 'demand', start: 0, end: 15, provenance: forOther }],
        [],
      ),
    ).toBe(false);
    expect(
      isResolved(
        agreed!,
        [{ id: 'g', label: 'demand', start: 0, end: 7, provenance: forOther }],
        [],
      ),
    ).toBe(true);
    expect(reviewProgress(items, [], [{ disagreementKey: mismatch!.key }])).toEqual({
      resolved: 1,
      total: 2,
    });
  });

  it('names every annotator who has the accepted span', () => {
    expect(annotatorsWithSpan(items[0]!, { id: 'x', label: 'demand', start: 0, end: 7 })).toEqual([
      'ann',
      'ben',
    ]);
    expect(annotatorsWithSpan(items[1]!, { id: 'x', label: 'denial', start: 10, end: 20 })).toEqual(
      ['ben'],
    );
  });

  it('copies label, extent and attributes into a gold span with provenance', () => {
    const source: Annotation = {
      id: 'a2',
      label: 'threat',
      start: 10,
      end: 20,
      text: 'we strike!',
      prefix: 'p',
      suffix: 's',
      attributes: { intensity: 'high' },
      note: 'mine',
      createdAt: 'then',
      updatedAt: 'then',
    };
    const provenance = { annotators: ['ann'], adjudicator: 'eve', adjudicatedAt: 'now' };
    expect(goldSpanFrom(source, provenance, 'g1', 'now')).toEqual({
      id: 'g1',
      label: 'threat',
      start: 10,
      end: 20,
      text: 'we strike!',
      prefix: 'p',
      suffix: 's',
      attributes: { intensity: 'high' },
      note: '',
      createdAt: 'now',
      updatedAt: 'now',
      provenance,
    });
  });
});
