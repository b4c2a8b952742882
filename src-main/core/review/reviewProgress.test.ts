import { describe, expect, it } from 'vitest';
import {
  documentReviewProgress,
  projectReviewProgress,
  reviewProgressByDocument,
  type ReviewSources,
} from './reviewProgress';
import { findDisagreements, type ReviewSpan } from './findDisagreements';

function span(id: string, label: string, start: number, end: number): ReviewSpan {
  return { id, label, start, end };
}

describe('review progress', () => {
  it('counts one document’s items, decided ones and stale ones', () => {
    const spans = {
      ann: [span('a1', 'demand', 0, 7), span('a2', 'threat', 10, 20)],
      ben: [span('b1', 'demand', 0, 7)],
    };
    const [, only] = findDisagreements(['ann', 'ben'], spans);
    const rejected = [{ disagreementKey: only!.key }];
    expect(documentReviewProgress(['ann', 'ben'], spans, [])).toEqual({
      resolved: 0,
      total: 2,
      stale: 0,
    });
    // Gold is never compared with itself; its spans decide.
    const gold = [span('g', 'demand', 0, 7)];
    expect(documentReviewProgress(['ann', 'ben', 'gold'], { ...spans, gold }, rejected)).toEqual({
      resolved: 2,
      total: 2,
      stale: 0,
    });
  });

  it('sums documents and counts those with every item decided', () => {
    expect(
      projectReviewProgress([
        { resolved: 3, total: 3, stale: 0 },
        { resolved: 1, total: 4, stale: 1 },
        { resolved: 0, total: 0, stale: 0 },
      ]),
    ).toEqual({ resolved: 4, total: 7, stale: 1, documents: 3, completeDocuments: 2 });
  });

  it('compares the selected annotators with files, one document at a time', async () => {
    const files: Record<string, Record<string, ReviewSpan[]>> = {
      one: { ann: [span('a', 'demand', 0, 4)], ben: [], gold: [span('g', 'demand', 0, 4)] },
      two: { ann: [span('a', 'demand', 0, 4)], cai: [] },
      three: { ann: [] },
      broken: { ann: [], ben: [] },
    };
    const reads: string[][] = [];
    const read = async (documentId: string, annotators: readonly string[]) => {
      reads.push([documentId, ...annotators]);
      const valid = annotators.filter((name) => documentId !== 'broken' || name !== 'ben');
      return {
        sources: valid.map((annotator) => ({
          annotator,
          annotations: files[documentId]![annotator]!,
        })),
        rejected: [],
        problems:
          documentId === 'broken'
            ? [
                {
                  file: 'annotations/ben/broken.json',
                  jsonPath: '$',
                  message: 'broken',
                  severity: 'error',
                },
              ]
            : [],
      } satisfies ReviewSources;
    };
    const byDocument = new Map(
      Object.entries(files).map(([id, spans]) => [id, Object.keys(spans)]),
    );

    const all = await reviewProgressByDocument(Object.keys(files), byDocument, {}, read);
    expect(all.documents).toEqual([
      { documentId: 'one', annotators: ['ann', 'ben'], resolved: 1, total: 1, stale: 0 },
      { documentId: 'two', annotators: ['ann', 'cai'], resolved: 0, total: 1, stale: 0 },
    ]);
    expect(all.problems).toHaveLength(1);
    // A document with one annotator is not read at all; gold is read beside the compared.
    expect(reads).toEqual([
      ['one', 'ann', 'ben', 'gold'],
      ['two', 'ann', 'cai'],
      ['broken', 'ann', 'ben'],
    ]);

    const chosen = await reviewProgressByDocument(
      Object.keys(files),
      byDocument,
      { annotators: ['ann', 'ben'] },
      read,
    );
    expect(chosen.documents.map((document) => document.documentId)).toEqual(['one']);
  });
});
