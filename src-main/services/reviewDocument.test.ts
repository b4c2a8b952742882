import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decisionSourcesOf } from '../core/review/decisionSources';
import { findDisagreements } from '../core/review/findDisagreements';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { ProjectService } from './projectService';

const NOW = '2026-11-27T10:00:00.000Z';
let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

describe('ProjectService review', () => {
  it('reads every annotator of a document, and gold with its rejections', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });
    const empty = await service.getReviewDocument({ documentId: '288' });
    expect(empty.sources.map((source) => [source.annotator, source.annotations.length])).toEqual([
      ['alice', 7],
      ['bob', expect.any(Number)],
    ]);
    expect(empty.rejected).toEqual([]);

    const alice = empty.sources[0]!.annotations[0]!;
    const provenance = { annotators: ['alice'], adjudicator: 'eve', adjudicatedAt: NOW };
    const rejection = {
      disagreementKey: 'only-some:1-2:demand',
      adjudicator: 'eve',
      rejectedAt: NOW,
    };
    const saved = await service.saveAnnotations({
      documentId: '288',
      annotator: 'gold',
      annotations: [{ ...alice, id: 'g1', provenance }],
      baseRevision: null,
      rejected: [rejection],
    });
    expect(saved.outcome).toBe('saved');
    const file = JSON.parse(
      readFileSync(join(project.path, 'annotations', 'gold', '288.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(file['rejected']).toEqual([rejection]);
    expect(file['annotations']).toEqual([expect.objectContaining({ id: 'g1', provenance })]);

    const review = await service.getReviewDocument({ documentId: '288' });
    expect(review.sources.map((source) => source.annotator)).toEqual(['alice', 'bob', 'gold']);
    expect(review.rejected).toEqual([rejection]);

    // A save without `rejected` keeps the list on disk.
    const again = await service.saveAnnotations({
      documentId: '288',
      annotator: 'gold',
      annotations: [],
      baseRevision: saved.outcome === 'saved' ? saved.revision : null,
    });
    expect(again.outcome).toBe('saved');
    expect((await service.getReviewDocument({ documentId: '288' })).rejected).toEqual([rejection]);
  });

  it('reports a broken file as a problem and leaves it out', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path);
    writeFileSync(join(project.path, 'annotations', 'bob', '288.json'), '{"broken"');
    const review = await service.getReviewDocument({ documentId: '288' });
    expect(review.sources.map((source) => source.annotator)).toEqual(['alice']);
    expect(review.problems.length).toBeGreaterThan(0);
  });

  it('counts decided items per document and marks decisions whose sources changed', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });
    const before = await service.getReviewProgress({});
    expect(before.problems).toEqual([]);
    // Only 288 has two annotators (alice and bob); alice alone tagged 517.
    expect(before.documents).toEqual([
      {
        documentId: '288',
        annotators: ['alice', 'bob'],
        resolved: 0,
        total: expect.any(Number),
        stale: 0,
      },
    ]);
    const total = before.documents[0]!.total;
    expect(await service.getReviewProgress({ annotators: ['alice', 'cai'] })).toEqual({
      documents: [],
      problems: [],
    });

    const review = await service.getReviewDocument({ documentId: '288' });
    const spans = Object.fromEntries(
      review.sources.map((source) => [source.annotator, source.annotations]),
    );
    const items = findDisagreements(['alice', 'bob'], spans);
    const bobsItem = items.find((item) => item.spans['bob']!.length > 0)!;
    await service.saveAnnotations({
      documentId: '288',
      annotator: 'gold',
      annotations: [],
      baseRevision: null,
      rejected: [
        {
          disagreementKey: bobsItem.key,
          adjudicator: 'eve',
          rejectedAt: NOW,
          sources: decisionSourcesOf(bobsItem),
        },
      ],
    });
    expect((await service.getReviewProgress({ documents: ['288'] })).documents).toEqual([
      expect.objectContaining({ documentId: '288', resolved: 1, total, stale: 0 }),
    ]);

    // bob retags the span he had there: the rejection no longer settles what is there now.
    const bobFile = join(project.path, 'annotations', 'bob', '288.json');
    const file = JSON.parse(readFileSync(bobFile, 'utf8')) as {
      annotations: { id: string; attributes?: Record<string, string> }[];
    };
    const changed = file.annotations.find(
      (annotation) => annotation.id === bobsItem.spans['bob']![0]!.id,
    )!;
    changed.attributes = { ...changed.attributes, source: 'someone else entirely' };
    writeFileSync(bobFile, JSON.stringify(file));
    const after = await service.getReviewProgress({});
    expect(after.documents[0]).toMatchObject({ resolved: 0, stale: 1 });
  });

  it('leaves out a broken file from review progress, naming it', async () => {
    const service = await ProjectService.open(nodeFileSystem, project.path);
    writeFileSync(join(project.path, 'annotations', 'bob', '288.json'), '{"broken"');
    const progress = await service.getReviewProgress({});
    expect(progress.documents).toEqual([]);
    expect(progress.problems).toEqual([
      expect.objectContaining({ file: 'annotations/bob/288.json', severity: 'error' }),
    ]);
  });
});
