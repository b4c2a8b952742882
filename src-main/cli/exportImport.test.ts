import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSyntheticProject } from '../services/testing/syntheticProject';
import { copySampleProject } from '../workspace/testing/temporaryFolder';
import { runCli } from './main';
import { captureOutput } from './testing/capturedOutput';

let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

interface SavedSpan {
  start: number;
  end: number;
  label: string;
  text: string;
  attributes?: Record<string, unknown>;
}

function spansOf(annotator: string, documentId: string, withAttributes = true) {
  const file = JSON.parse(
    readFileSync(join(project.path, 'annotations', annotator, `${documentId}.json`), 'utf8'),
  );
  return (file.annotations as SavedSpan[])
    .map((span) =>
      [
        span.start,
        span.end,
        span.label,
        span.text,
        withAttributes ? JSON.stringify(span.attributes ?? {}) : '',
      ].join('|'),
    )
    .sort();
}

describe('parley export → parley import', () => {
  it.each([
    ['jsonl', true],
    ['brat', true],
    ['doccano', false],
    ['label-studio', true],
    ['w3c', true],
  ])('gives back the same spans through %s (attributes: %s)', async (format, keepsAttributes) => {
    const out = join(project.path, 'exports', format === 'brat' ? 'brat' : `alice.${format}`);
    expect(
      await runCli(
        ['export', project.path, '--format', format, '--out', out, '--annotator', 'alice'],
        captureOutput(),
      ),
    ).toBe(0);
    const output = captureOutput();
    expect(
      await runCli(
        ['import', out, '--from', format, '--project', project.path, '--annotator', 'copy'],
        output,
      ),
    ).toBe(0);
    expect(output.stdout.at(-1)).toBe('2 files written, 0 documents unmatched');
    for (const documentId of ['288', '517']) {
      expect(spansOf('copy', documentId, keepsAttributes)).toEqual(
        spansOf('alice', documentId, keepsAttributes),
      );
    }
  });

  it('exports several annotators to brat as a folder each, imported one folder at a time', async () => {
    const out = join(project.path, 'exports', 'brat');
    expect(
      await runCli(['export', project.path, '--format', 'brat', '--out', out], captureOutput()),
    ).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['alice', 'bob']);
    const importFrom = (path: string, output = captureOutput()) =>
      runCli(
        ['import', path, '--from', 'brat', '--project', project.path, '--annotator', 'copy'],
        output,
      );
    const refused = captureOutput();
    expect(await importFrom(out, refused)).toBe(1);
    expect(refused.stderr.join('\n')).toContain(
      "holds no .ann files, only folders (alice, bob); import one annotator's folder at a time",
    );
    expect(await importFrom(join(out, 'bob'))).toBe(0);
    expect(spansOf('copy', '288')).toEqual(spansOf('bob', '288'));
  });

  it('never replaces an existing file without --replace', async () => {
    const out = join(project.path, 'exports', 'bob.jsonl');
    await runCli(
      ['export', project.path, '--format', 'jsonl', '--out', out, '--annotator', 'bob'],
      captureOutput(),
    );
    const before = readFileSync(join(project.path, 'annotations/alice/288.json'), 'utf8');
    const output = captureOutput();
    expect(
      await runCli(
        ['import', out, '--from', 'jsonl', '--project', project.path, '--annotator', 'alice'],
        output,
      ),
    ).toBe(1);
    expect(output.stderr).toContain(
      'annotations/alice/288.json: already exists; left as it is (use --replace to overwrite it)',
    );
    expect(readFileSync(join(project.path, 'annotations/alice/288.json'), 'utf8')).toBe(before);
    expect(
      await runCli(
        [
          'import',
          out,
          '--from',
          'jsonl',
          '--project',
          project.path,
          '--annotator',
          'alice',
          '--replace',
        ],
        captureOutput(),
      ),
    ).toBe(0);
    expect(spansOf('alice', '288')).toEqual(spansOf('bob', '288'));
  });
});

describe('parley import of hand-written files', () => {
  const seed = () => {
    const raw = readFileSync(join(project.path, '000_9cdbc204e52fb821.txt'), 'utf8');
    return raw.slice(raw.indexOf('\n', raw.indexOf('\n4\n') + 1) + 1);
  };

  it('lands a brat file on the right spans, re-anchoring when its text differs', async () => {
    const text = seed();
    const denial = text.indexOf('Russia denies any such plans');
    const offer = text.indexOf('Washington was open to discussing missile deployments in Europe');
    const folder = join(project.path, 'incoming');
    mkdirSync(folder);
    // The colleague's copy has an extra line at the top, so every offset is 10 code points later.
    writeFileSync(join(folder, '288.txt'), `EXCLUSIVE\n${text}`);
    writeFileSync(
      join(folder, '288.ann'),
      [
        `T1\tdenial ${denial + 10} ${denial + 38}\tRussia denies any such plans`,
        `T2\toffer ${offer + 10} ${offer + 73}\tWashington was open to discussing missile deployments in Europe`,
        'A1\tmodality T2 asserted',
        '#1\tAnnotatorNotes T1\tclassic denial',
        '',
      ].join('\n'),
    );
    const output = captureOutput();
    expect(
      await runCli(
        [
          'import',
          join(folder, '288.ann'),
          '--from',
          'brat',
          '--project',
          project.path,
          '--annotator',
          'dana',
        ],
        output,
      ),
    ).toBe(0);
    expect(output.stdout[0]).toBe('wrote annotations/dana/288.json: 2 spans (matched by id)');
    const saved = JSON.parse(
      readFileSync(join(project.path, 'annotations/dana/288.json'), 'utf8'),
    ).annotations;
    expect(saved.map((span: SavedSpan) => [span.label, span.start, span.end, span.text])).toEqual(
      [
        [
          'offer',
          offer,
          offer + 63,
          'Washington was open to discussing missile deployments in Europe',
        ],
        ['denial', denial, denial + 28, 'Russia denies any such plans'],
      ].sort((a, b) => (a[1] as number) - (b[1] as number)),
    );
    expect(saved.find((span: SavedSpan) => span.label === 'offer').attributes).toEqual({
      modality: 'asserted',
    });
    expect(output.stderr.some((line) => line.includes('placed at'))).toBe(true);
  });

  it('lands a Label Studio file on the right spans and reports what it cannot place', async () => {
    const text = seed();
    // The colleague worked on an edited copy: a new first line, and one sentence reworded.
    const edited = `Updated: ${text}`.replace('Russia denies any such plans', 'Moscow rejects it');
    const demand = edited.indexOf('a ban on further NATO expansion');
    const rejection = edited.indexOf('Moscow rejects it');
    const label = (id: string, start: number, end: number, labels: string[]) => ({
      id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start, end, text: edited.slice(start, end), labels },
    });
    const tasks = [
      {
        id: 1,
        data: { text: edited, document_id: '288' },
        annotations: [
          {
            id: 10,
            result: [
              label('r1', demand, demand + 31, ['demand']),
              label('r2', rejection, rejection + 17, ['denial']),
            ],
          },
        ],
      },
      { id: 2, data: { text: 'An article this project does not have.' }, annotations: [] },
    ];
    const file = join(project.path, 'tasks.json');
    writeFileSync(file, JSON.stringify(tasks));
    const output = captureOutput();
    expect(
      await runCli(
        [
          'import',
          file,
          '--from',
          'label-studio',
          '--project',
          project.path,
          '--annotator',
          'erin',
        ],
        output,
      ),
    ).toBe(1);
    expect(output.stdout).toContain('wrote annotations/erin/288.json: 1 spans (matched by id)');
    expect(output.stdout.at(-1)).toBe('1 file written, 1 document unmatched');
    expect(output.stderr).toContain(
      `288: span 2 (denial [${rejection}, ${rejection + 17})): its text is not in the project's document; not imported`,
    );
    expect(output.stderr).toContain('2: matches no document of the project, by text or by id');
    const projectStart = text.indexOf('a ban on further NATO expansion');
    expect(spansOf('erin', '288', false)).toEqual([
      `${projectStart}|${projectStart + 31}|demand|a ban on further NATO expansion|`,
    ]);
    expect(readdirSync(join(project.path, 'annotations/erin'))).toEqual(['288.json']);
  });
});

describe('every format on a project of a few hundred Unicode spans', () => {
  let synthetic: { path: string; remove: () => void };
  beforeEach(() => {
    synthetic = createSyntheticProject(120);
  });
  afterEach(() => synthetic.remove());

  function allSpans(annotator: string, withAttributes: boolean): string[] {
    const folder = join(synthetic.path, 'annotations', annotator);
    return readdirSync(folder)
      .flatMap((fileName) => {
        const file = JSON.parse(readFileSync(join(folder, fileName), 'utf8'));
        return (file.annotations as SavedSpan[]).map((span) =>
          [
            file.document.id,
            span.start,
            span.end,
            span.label,
            span.text,
            withAttributes ? JSON.stringify(span.attributes ?? {}) : '',
          ].join('|'),
        );
      })
      .sort();
  }

  it.each([
    ['jsonl', true],
    ['brat', true],
    ['doccano', false],
    ['label-studio', true],
    ['w3c', true],
  ])('round-trips every span through %s', async (format, keepsAttributes) => {
    const out = join(synthetic.path, 'exports', format === 'brat' ? 'brat' : `alice.${format}`);
    const args = [
      'export',
      synthetic.path,
      '--format',
      format,
      '--out',
      out,
      '--annotator',
      'alice',
    ];
    expect(await runCli(args, captureOutput())).toBe(0);
    const imported = captureOutput();
    expect(
      await runCli(
        ['import', out, '--from', format, '--project', synthetic.path, '--annotator', 'copy'],
        imported,
      ),
    ).toBe(0);
    const original = allSpans('alice', keepsAttributes);
    expect(original.length).toBeGreaterThanOrEqual(200);
    expect(allSpans('copy', keepsAttributes)).toEqual(original);
  });

  it('writes spaCy spans whose code-point offsets slice out each span text', async () => {
    const out = join(synthetic.path, 'exports', 'alice.spacy.jsonl');
    expect(
      await runCli(
        ['export', synthetic.path, '--format', 'spacy', '--out', out, '--annotator', 'alice'],
        captureOutput(),
      ),
    ).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const exported = rows.flatMap(
      (row: {
        text: string;
        spans: { sc: { start_char: number; end_char: number; label: string }[] };
      }) =>
        row.spans.sc.map((span) =>
          Array.from(row.text).slice(span.start_char, span.end_char).join(''),
        ),
    );
    expect(exported.sort()).toEqual(
      allSpans('alice', false)
        .map((key) => key.split('|')[4]!)
        .sort(),
    );
  });
});
