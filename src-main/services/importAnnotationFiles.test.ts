import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callContractMethod } from './callContractMethod';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { findTempFiles } from '../workspace/testing/tempFiles';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import {
  importAnnotationFilesInputSchema,
  MAX_IMPORT_FILE_CHARACTERS,
} from '../contract/parleyContract';
import { ProjectService } from './projectService';

interface StoredSpan {
  id: string;
  label: string;
  start: number;
  end: number;
  text: string;
}

let project: { path: string; remove: () => void };
let service: ProjectService;
beforeEach(async () => {
  project = copySampleProject();
  let counter = 0;
  service = await ProjectService.open(nodeFileSystem, project.path, {
    now: () => '2026-11-27T10:00:00.000Z',
    createId: () => `imported-${++counter}`,
  });
});
afterEach(() => project.remove());

function read(relativePath: string) {
  return readFileSync(join(project.path, relativePath), 'utf8');
}

interface EditableFile {
  annotator: string;
  version: number;
  document: { id: string; textSha256: string };
  annotations: StoredSpan[];
}

/** Alice's file for document 288 as a colleague would send it, changed by `edit`. */
function colleagueFile(edit: (file: EditableFile) => void = () => {}): string {
  const file = JSON.parse(read('annotations/alice/288.json'));
  edit(file);
  return JSON.stringify(file, null, 2);
}

const spansOf = (relativePath: string) =>
  (JSON.parse(read(relativePath)).annotations as StoredSpan[]).map((span) => [
    span.id,
    span.start,
    span.end,
  ]);

describe('importAnnotationFiles: Parley files', () => {
  it('copies a matching file to annotations/<its annotator>/', async () => {
    const content = colleagueFile((file) => (file.annotator = 'carol'));
    const forgotReports = vi.spyOn(service.agreementJobs, 'forgetReports');
    const report = await service.importAnnotationFiles({
      format: 'parley',
      files: [{ name: 'carol-288.json', content }],
    });
    expect(report).toEqual({
      written: [
        {
          file: 'annotations/carol/288.json',
          documentId: '288',
          annotator: 'carol',
          spans: 7,
          source: 'carol-288.json',
          matchedBy: 'id',
          replaced: false,
          flagged: 0,
        },
      ],
      needsDecision: [],
      unmatched: [],
      problems: [],
    });
    expect(JSON.parse(read('annotations/carol/288.json'))).toEqual(JSON.parse(content));
    expect(findTempFiles(project.path)).toEqual([]);
    // A report computed before the import is no longer written out as it was.
    expect(forgotReports).toHaveBeenCalledTimes(1);
    const snapshot = await service.getProject({ annotator: 'carol' });
    expect(snapshot.documents.find((document) => document.id === '288')).toMatchObject({
      spanCount: 7,
      annotators: ['alice', 'bob', 'carol'],
    });
  });

  it('imports nothing for a document whose article changed since the project was opened', async () => {
    const article = join(project.path, '000_9cdbc204e52fb821.txt');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\nA line added later.`);
    const report = await service.importAnnotationFiles({
      format: 'parley',
      files: [
        { name: 'carol-288.json', content: colleagueFile((file) => (file.annotator = 'carol')) },
      ],
    });
    expect(report.written).toEqual([]);
    expect(report.problems).toEqual([
      {
        path: 'carol-288.json',
        message: expect.stringMatching(
          /^not imported: 000_9cdbc204e52fb821\.txt: changed on disk since the project was opened/,
        ),
      },
    ]);
    expect(existsSync(join(project.path, 'annotations/carol/288.json'))).toBe(false);
  });

  it('re-anchors a file written against a different text and flags what it cannot place', async () => {
    const content = colleagueFile((file) => {
      file.annotator = 'carol';
      // The colleague's copy had ten more characters at the top, and one sentence reworded.
      file.document.textSha256 = 'f'.repeat(64);
      for (const span of file.annotations) {
        span.start += 10;
        span.end += 10;
      }
      file.annotations[3]!.text = 'Moscow rejects it';
    });
    const report = await service.importAnnotationFiles({
      format: 'parley',
      files: [{ name: 'carol.json', content }],
    });
    expect(report.written).toEqual([
      expect.objectContaining({ file: 'annotations/carol/288.json', spans: 7, flagged: 1 }),
    ]);
    expect(report.problems.map((problem) => problem.path)).toContain(
      'carol.json: $.document.textSha256',
    );
    expect(
      report.problems.find((problem) => problem.path === 'carol.json: $.annotations[3]'),
    ).toMatchObject({ message: expect.stringMatching(/no longer occurs/) });

    const alice = spansOf('annotations/alice/288.json');
    const carol = spansOf('annotations/carol/288.json');
    const flaggedId = alice[3]![0];
    expect(carol.filter(([id]) => id !== flaggedId)).toEqual(
      alice.filter(([id]) => id !== flaggedId),
    );
    const opened = await service.openDocument({ documentId: '288', annotator: 'carol' });
    expect(opened.flagged.map((flag) => flag.annotationId)).toEqual([flaggedId]);
    expect(JSON.parse(read('annotations/carol/288.json')).document.textSha256).toBe(
      opened.article.textSha256,
    );
  });

  it('matches a file by its text when the id is another', async () => {
    const content = colleagueFile((file) => {
      file.annotator = 'carol';
      file.document.id = 'reuters-0007';
    });
    const report = await service.importAnnotationFiles({
      format: 'parley',
      files: [{ name: 'x.json', content }],
    });
    expect(report.written).toEqual([
      expect.objectContaining({ file: 'annotations/carol/288.json', matchedBy: 'text' }),
    ]);
    expect(JSON.parse(read('annotations/carol/288.json')).document.id).toBe('288');
  });

  it('reports a document the project does not have, and files it cannot read', async () => {
    const unknown = colleagueFile((file) => {
      file.document.id = 'nope';
      file.document.textSha256 = '0'.repeat(64);
    });
    const report = await service.importAnnotationFiles({
      format: 'parley',
      files: [
        { name: 'unknown.json', content: unknown },
        { name: 'notes.txt', content: 'not json at all' },
        { name: 'evil.json', content: colleagueFile((file) => (file.annotator = '../evil')) },
        {
          name: 'future.json',
          content: colleagueFile((file) => (file.version = 99)),
        },
      ],
    });
    expect(report.written).toEqual([]);
    expect(report.unmatched).toEqual(['unknown.json']);
    expect(report.problems.map((problem) => problem.path)).toEqual([
      'unknown.json: $.document',
      'notes.txt: $',
      'evil.json: $.annotator',
      'future.json',
    ]);
    expect(report.problems[0]!.message).toMatch(/document "nope" is not in this project/);
    expect(existsSync(join(project.path, 'annotations/evil'))).toBe(false);
  });

  it('never replaces an existing file without a decision, then replaces just the chosen ones', async () => {
    const before = read('annotations/alice/288.json');
    const edited = colleagueFile((file) => file.annotations.pop());
    const bobs = read('annotations/bob/288.json');
    const files = [
      { name: 'alice.json', content: edited },
      { name: 'bob.json', content: bobs.replace('"status": "done"', '"status": "in-progress"') },
    ];
    const first = await service.importAnnotationFiles({ format: 'parley', files });
    expect(first.written).toEqual([]);
    expect(first.needsDecision.map((target) => target.file)).toEqual([
      'annotations/alice/288.json',
      'annotations/bob/288.json',
    ]);
    expect(read('annotations/alice/288.json')).toBe(before);

    const second = await service.importAnnotationFiles({
      format: 'parley',
      files,
      replace: ['annotations/alice/288.json'],
    });
    expect(second.written).toEqual([
      expect.objectContaining({ file: 'annotations/alice/288.json', replaced: true, spans: 6 }),
    ]);
    expect(second.needsDecision).toEqual([]);
    expect(spansOf('annotations/alice/288.json')).toHaveLength(6);
    expect(read('annotations/bob/288.json')).toBe(bobs);

    const third = await service.importAnnotationFiles({ format: 'parley', files, replace: true });
    expect(third.written.map((target) => target.file)).toEqual([
      'annotations/alice/288.json',
      'annotations/bob/288.json',
    ]);
  });

  it('imports every file under one annotator when told to, taking only the first of two for a document', async () => {
    const report = await service.importAnnotationFiles({
      format: 'parley',
      annotator: 'dana',
      files: [
        { name: 'a/alice.json', content: read('annotations/alice/288.json') },
        { name: 'b/bob.json', content: read('annotations/bob/288.json') },
      ],
    });
    expect(report.written.map((target) => [target.file, target.source])).toEqual([
      ['annotations/dana/288.json', 'a/alice.json'],
    ]);
    expect(report.problems).toEqual([
      {
        path: 'b/bob.json',
        message:
          'is also dana\'s file for document "288", like a/alice.json; only a/alice.json is imported',
      },
    ]);
    expect(JSON.parse(read('annotations/dana/288.json')).annotator).toBe('dana');
  });
});

describe("importAnnotationFiles: other tools' files", () => {
  it('imports a JSONL export under the annotator it is given', async () => {
    const started = await service.startExport({
      format: 'jsonl',
      fileName: 'alice.jsonl',
      annotator: 'alice',
    });
    if (started.outcome !== 'started') throw new Error('expected the export to start');
    await service.exportJobs.finished(started.jobId);
    const content = read('exports/alice.jsonl');
    const report = await service.importAnnotationFiles({
      format: 'jsonl',
      annotator: 'erin',
      files: [{ name: 'alice.jsonl', content }],
    });
    expect(report.written.map((target) => [target.file, target.matchedBy, target.spans])).toEqual([
      ['annotations/erin/288.json', 'text', 7],
      ['annotations/erin/517.json', 'text', 7],
    ]);
    const again = await service.importAnnotationFiles({
      format: 'jsonl',
      annotator: 'erin',
      files: [{ name: 'alice.jsonl', content }],
    });
    expect(again.written).toEqual([]);
    expect(again.needsDecision.map((target) => target.file)).toEqual([
      'annotations/erin/288.json',
      'annotations/erin/517.json',
    ]);
  });

  it('needs the annotator for files of other tools', async () => {
    await expect(
      service.importAnnotationFiles({
        format: 'doccano',
        files: [{ name: 'a.jsonl', content: '' }],
      }),
    ).rejects.toThrow(/name the annotator/);
  });

  it('refuses a file larger than the project reads', async () => {
    const small = await ProjectService.open(nodeFileSystem, project.path, {
      limits: { maxAnnotationFileSize: 100 },
    });
    const report = await small.importAnnotationFiles({
      format: 'parley',
      files: [{ name: 'big.json', content: read('annotations/alice/288.json') }],
    });
    expect(report.problems).toEqual([
      { path: 'big.json', message: expect.stringMatching(/more than the 100 Parley reads/) },
    ]);
  });
});

describe('importAnnotationFiles: the contract', () => {
  it('refuses too many files or too much text before any of it is read', async () => {
    const tooMany = Array.from({ length: 10_001 }, (_, position) => ({
      name: `${position}.json`,
      content: '',
    }));
    const result = await callContractMethod(service, 'importAnnotationFiles', {
      format: 'parley',
      files: tooMany,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });

    const large = 'x'.repeat(MAX_IMPORT_FILE_CHARACTERS);
    expect(
      importAnnotationFilesInputSchema.safeParse({
        format: 'parley',
        files: [{ name: 'a', content: `${large}x` }],
      }).success,
    ).toBe(false);
    const together = importAnnotationFilesInputSchema.safeParse({
      format: 'parley',
      files: [1, 2, 3].map((position) => ({ name: `${position}`, content: large })),
    });
    expect(together.success).toBe(false);
    expect(together.error?.issues[0]?.message).toMatch(/too large to import at once/);
  });
});
