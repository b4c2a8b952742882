import { describe, expect, it } from 'vitest';
import type { Annotation } from '../annotations/annotationSchema';
import { annotatorsWithSpan, goldSpanFrom, provenanceOf } from './adjudication';
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
  it('reads a provenance, dropping malformed sources', () => {
    const provenance = { annotators: ['ann'], adjudicator: 'eve', adjudicatedAt: 'now' };
    expect(provenanceOf({ provenance })).toEqual(provenance);
    expect(provenanceOf({ provenance: { ...provenance, sources: 'broken' } })).toEqual({
      ...provenance,
      sources: undefined,
    });
    expect(provenanceOf({ provenance: { annotators: 'ann' } })).toBeUndefined();
    expect(provenanceOf({})).toBeUndefined();
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
