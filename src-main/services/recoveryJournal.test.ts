import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Annotation } from '../core/annotations/annotationSchema';
import { createAnnotation } from '../core/annotations/createAnnotation';
import { CodePointIndex } from '../core/text/codePoints';
import type { OpenedDocument } from '../contract/parleyContract';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { tryLockFolder } from '../workspace/testing/lockedFolder';
import { ProjectService } from './projectService';
import { recoveryJournalPath } from './recoveryJournal';

const NOW = '2026-11-27T10:00:00.000Z';
let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

const openService = () => ProjectService.open(nodeFileSystem, project.path, { now: () => NOW });

function spanOn(opened: OpenedDocument, phrase: string, id: string, label = 'denial'): Annotation {
  const index = new CodePointIndex(opened.article.text);
  const start = index.toCodePoint(opened.article.text.indexOf(phrase));
  return createAnnotation(index, {
    id,
    label,
    start,
    end: start + Array.from(phrase).length,
    now: NOW,
  });
}

const journalFile = (annotator: string, documentId: string) =>
  join(project.path, ...recoveryJournalPath(annotator, documentId).split('/'));

describe('recovery journal', () => {
  it('is written atomically in .parley/journal, read back on open, and removed by a save', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'carol' });
    const span = spanOn(opened, 'Russia denies any such plans', 'c1');
    const written = await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'carol',
      annotations: [span],
      baseRevision: null,
    });
    expect(written).toEqual({ outcome: 'written', writtenAt: NOW, spanListId: expect.any(String) });
    const file = journalFile('carol', '288');
    expect(file).toBe(join(project.path, '.parley', 'journal', 'carol', '288.json'));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({
      format: 'parley-recovery-journal',
      baseRevision: null,
      annotations: [{ id: 'c1' }],
    });
    expect(readdirSync(join(file, '..'))).toEqual(['288.json']);

    const reopened = await (
      await openService()
    ).openDocument({
      documentId: '288',
      annotator: 'carol',
    });
    expect(reopened.annotations).toEqual([]);
    expect(reopened.recovered).toMatchObject({
      matchesFile: true,
      changedSpans: 1,
      writtenAt: NOW,
      flagged: [],
      annotations: [{ id: 'c1', text: 'Russia denies any such plans' }],
    });
    // The article scan does not see the hidden folder.
    expect(service.projectIndex.documents.size).toBe(3);

    await service.saveAnnotations({
      documentId: '288',
      annotator: 'carol',
      annotations: [span],
      baseRevision: null,
    });
    expect(existsSync(file)).toBe(false);
  });

  it('take changes to the list the host last opened, saved or journaled, and to no other', async () => {
    let ids = 0;
    const service = await ProjectService.open(nodeFileSystem, project.path, {
      now: () => NOW,
      createId: () => `id-${++ids}`,
    });
    const opened = await service.openDocument({ documentId: '288', annotator: 'carol' });
    expect(opened.spanListId).toBe('id-1');
    const denial = spanOn(opened, 'Russia denies any such plans', 'c1');
    const demand = spanOn(opened, 'Russia', 'c2', 'demand');
    const head = { documentId: '288', annotator: 'carol', baseRevision: null };
    const first = await service.writeRecoveryJournal({
      ...head,
      changesSince: { listId: 'id-1', removedIds: [], upserted: [denial, demand] },
    });
    expect(first).toEqual({ outcome: 'written', writtenAt: NOW, spanListId: 'id-2' });

    const offer = spanOn(opened, 'Russia', 'c3', 'offer');
    const second = await service.writeRecoveryJournal({
      ...head,
      changesSince: { listId: 'id-2', removedIds: ['c1'], upserted: [offer] },
    });
    expect(second).toEqual({ outcome: 'written', writtenAt: NOW, spanListId: 'id-3' });
    const journaledIds = () =>
      (
        JSON.parse(readFileSync(journalFile('carol', '288'), 'utf8')) as {
          annotations: Annotation[];
        }
      ).annotations.map((span) => span.id);
    expect(journaledIds()).toEqual(['c2', 'c3']);

    // Changes to a list the host no longer holds (an older one, another window's, or one
    // from before a restart) change nothing on disk; the page then sends its whole list.
    const before = readFileSync(journalFile('carol', '288'), 'utf8');
    const stale = { ...head, changesSince: { listId: 'id-2', removedIds: ['c2'], upserted: [] } };
    expect(await service.writeRecoveryJournal(stale)).toEqual({ outcome: 'base-unknown' });
    expect(await service.saveAnnotations(stale)).toEqual({ outcome: 'base-unknown' });
    const restarted = await openService();
    const current = { ...stale, changesSince: { ...stale.changesSince, listId: 'id-3' } };
    expect(await restarted.writeRecoveryJournal(current)).toEqual({ outcome: 'base-unknown' });
    expect(readFileSync(journalFile('carol', '288'), 'utf8')).toBe(before);
    expect(existsSync(join(project.path, 'annotations', 'carol', '288.json'))).toBe(false);

    // Changes that name one span twice are refused with the file's name, and nothing is written.
    const twice = {
      ...head,
      changesSince: { listId: 'id-3', removedIds: [], upserted: [offer, offer] },
    };
    await expect(service.writeRecoveryJournal(twice)).rejects.toThrow(
      '.parley/journal/carol/288.json: span "c3" is listed twice among the changes',
    );
    await expect(service.saveAnnotations(twice)).rejects.toThrow(
      'annotations/carol/288.json: span "c3" is listed twice among the changes',
    );
    expect(readFileSync(journalFile('carol', '288'), 'utf8')).toBe(before);

    // A save of changes writes the whole list, and names it for the next changes.
    const saved = await service.saveAnnotations({
      ...head,
      changesSince: { listId: 'id-3', removedIds: ['c3'], upserted: [denial] },
    });
    expect(saved).toMatchObject({ outcome: 'saved', spanListId: 'id-4' });
    expect(existsSync(journalFile('carol', '288'))).toBe(false);
    const file = join(project.path, 'annotations', 'carol', '288.json');
    const savedIds = (JSON.parse(readFileSync(file, 'utf8')) as { annotations: Annotation[] })
      .annotations;
    expect(savedIds.map((span) => span.id)).toEqual(['c2', 'c1']);
    expect(
      await service.writeRecoveryJournal({
        ...head,
        baseRevision: saved.outcome === 'saved' ? saved.revision : null,
        changesSince: { listId: 'id-4', removedIds: ['c1'], upserted: [] },
      }),
    ).toMatchObject({ outcome: 'written', spanListId: 'id-5' });
    expect(journaledIds()).toEqual(['c2']);
  });

  it('offers both when the file changed since the journal, and drops a stale one', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    const extra = spanOn(opened, 'Russia denies any such plans', 'extra', 'threat');
    await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'alice',
      annotations: [...opened.annotations, extra],
      baseRevision: 'an older revision',
    });
    const offered = await service.openDocument({ documentId: '288', annotator: 'alice' });
    expect(offered.annotations).toHaveLength(7);
    expect(offered.recovered).toMatchObject({ matchesFile: false, changedSpans: 1 });

    // A journal holding what the file holds (a save that finished before its delete) goes.
    await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'alice',
      annotations: opened.annotations,
      baseRevision: 'an older revision',
    });
    const stale = await service.openDocument({ documentId: '288', annotator: 'alice' });
    expect(stale.recovered).toBeUndefined();
    expect(existsSync(journalFile('alice', '288'))).toBe(false);
  });

  it("keeps gold's rejections: restored when they differ from the file's, stale when not", async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'gold' });
    const rejection = (key: string) => ({
      disagreementKey: key,
      adjudicator: 'gold',
      rejectedAt: NOW,
    });
    // The gold file on disk holds one rejection.
    const saved = await service.saveAnnotations({
      documentId: '288',
      annotator: 'gold',
      annotations: opened.annotations,
      baseRevision: opened.revision,
      rejected: [rejection('kept')],
    });
    const revision = saved.outcome === 'saved' ? saved.revision : null;

    // Spans unchanged, one rejection more: only the rejections make the journal worth keeping.
    await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'gold',
      annotations: opened.annotations,
      baseRevision: revision,
      rejected: [rejection('kept'), rejection('new')],
    });
    expect(JSON.parse(readFileSync(journalFile('gold', '288'), 'utf8')).rejected).toHaveLength(2);
    const reopened = await service.openDocument({ documentId: '288', annotator: 'gold' });
    expect(reopened.recovered).toMatchObject({
      matchesFile: true,
      changedSpans: 0,
      changedRejections: 1,
      rejected: [{ disagreementKey: 'kept' }, { disagreementKey: 'new' }],
    });

    // The same rejections as the file: nothing to recover, the journal goes.
    await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'gold',
      annotations: opened.annotations,
      baseRevision: revision,
      rejected: [rejection('kept')],
    });
    const stale = await service.openDocument({ documentId: '288', annotator: 'gold' });
    expect(stale.recovered).toBeUndefined();
    expect(existsSync(journalFile('gold', '288'))).toBe(false);
  });

  it('discards a journal on request, and reports a broken one without failing the open', async () => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    await service.writeRecoveryJournal({
      documentId: '288',
      annotator: 'alice',
      annotations: [],
      baseRevision: opened.revision,
    });
    expect(
      (await service.openDocument({ documentId: '288', annotator: 'alice' })).recovered,
    ).toMatchObject({ annotations: [], changedSpans: 7, matchesFile: true });
    await service.discardRecoveryJournal({ documentId: '288', annotator: 'alice' });
    expect(existsSync(journalFile('alice', '288'))).toBe(false);
    await service.discardRecoveryJournal({ documentId: '288', annotator: 'alice' });

    writeFileSync(journalFile('alice', '288'), '{"format": "parley-recovery-journal"');
    const broken = await service.openDocument({ documentId: '288', annotator: 'alice' });
    expect(broken.recovered).toBeUndefined();
    expect(broken.annotations).toHaveLength(7);
    expect(broken.problems).toEqual([
      expect.objectContaining({
        file: '.parley/journal/alice/288.json',
        severity: 'warning',
        message: expect.stringContaining('unsaved changes could not be recovered'),
      }),
    ]);
  });

  it('is written while the annotation folder refuses writes', async (context) => {
    const service = await openService();
    const opened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    const lock = tryLockFolder(join(project.path, 'annotations', 'alice'));
    if ('notPermitted' in lock) return context.skip(lock.notPermitted);
    try {
      const annotations = [
        ...opened.annotations,
        spanOn(opened, 'Russia denies', 'extra', 'threat'),
      ];
      const save = { documentId: '288', annotator: 'alice', annotations };
      await expect(
        service.saveAnnotations({ ...save, baseRevision: opened.revision }),
      ).rejects.toThrow(/annotations\/alice\/288\.json/);
      await service.writeRecoveryJournal({ ...save, baseRevision: opened.revision });
    } finally {
      lock.unlock();
    }
    const reopened = await service.openDocument({ documentId: '288', annotator: 'alice' });
    expect(reopened.recovered).toMatchObject({ matchesFile: true, changedSpans: 1 });
  });

  it('refuses documents that are not in the project', async () => {
    const service = await openService();
    await expect(
      service.writeRecoveryJournal({
        documentId: '../../etc',
        annotator: 'alice',
        annotations: [],
        baseRevision: null,
      }),
    ).rejects.toThrow(/is not a document of this project/);
  });
});
