import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAnnotation } from '../core/annotations/createAnnotation';
import { serializeAnnotationFile } from '../core/annotations/serializeAnnotationFile';
import { CodePointIndex } from '../core/text/codePoints';
import { sha256OfText } from '../core/text/sha256';
import { createTemporaryFolder } from '../workspace/testing/temporaryFolder';
import { runCli } from './main';
import { captureOutput } from './testing/capturedOutput';

const TEXT = 'Russia demands talks now. NATO rejects it.';
let folder: { path: string; remove: () => void };

function writeAnnotator(annotator: string, spans: [label: string, quote: string][]) {
  const index = new CodePointIndex(TEXT);
  const annotations = spans.map(([label, quote], position) => {
    const start = TEXT.indexOf(quote);
    return createAnnotation(index, {
      id: `${annotator}${position}`,
      label,
      start,
      end: start + quote.length,
      now: '2026-11-27T00:00:00.000Z',
    });
  });
  mkdirSync(join(folder.path, 'annotations', annotator), { recursive: true });
  writeFileSync(
    join(folder.path, 'annotations', annotator, 'tiny.json'),
    serializeAnnotationFile({
      format: 'parley-annotations',
      version: 1,
      document: { id: 'tiny', textSha256: sha256OfText(TEXT), textLength: TEXT.length },
      annotator,
      annotations,
    }),
  );
}

beforeEach(() => {
  folder = createTemporaryFolder();
  writeFileSync(join(folder.path, 'tiny.txt'), TEXT);
  writeAnnotator('alice', [
    ['demand', 'demands talks'],
    ['denial', 'rejects it'],
  ]);
  writeAnnotator('bob', [
    ['demand', 'demands talks'],
    ['denial', 'NATO rejects it'],
  ]);
  writeAnnotator('carol', [['threat', 'demands talks']]);
});
afterEach(() => folder.remove());

describe('parley agree', () => {
  it('prints every measure for three annotators as JSON, matching hand-computed values', async () => {
    const output = captureOutput();
    expect(await runCli(['agree', folder.path, '--json'], output)).toBe(0);
    const report = JSON.parse(output.stdout.join('\n'));
    expect(report.annotators).toEqual(['alice', 'bob', 'carol']);
    expect(report.project.documentCount).toBe(1);
    expect(report.project.codePoints).toBe(42);
    const pairs = report.project.pairs.map(
      (pair: { first: string; second: string }) => `${pair.first}~${pair.second}`,
    );
    expect(pairs).toEqual(['alice~bob', 'alice~carol', 'bob~carol']);
    const [aliceBob, aliceCarol] = report.project.pairs;
    // Exact: only the demand matches (1 of 2 each way); overlap: both spans match.
    expect(aliceBob.spans.exact.micro).toMatchObject({
      firstSpans: 2,
      secondSpans: 2,
      matched: 1,
      precision: 0.5,
      recall: 0.5,
      f1: 0.5,
    });
    expect(aliceBob.spans.overlap.micro).toMatchObject({ matched: 2, f1: 1 });
    // Both cover exactly the same 13 code points with demand: binary kappa 1.
    const demandKappa = aliceBob.cohenKappa.byLabel.find(
      (entry: { label: string }) => entry.label === 'demand',
    );
    expect(demandKappa.kappa).toBe(1);
    expect(aliceCarol.spans.exact.micro.matched).toBe(0);
    // The confusion matrix pairs alice's demand with carol's threat.
    const { rows, columns, counts } = aliceCarol.labelConfusion;
    expect(counts[rows.indexOf('demand')][columns.indexOf('threat')]).toBe(1);
    expect(report.project.fleissKappa).not.toBeNull();
    expect(
      report.project.unitizingAlpha.byLabel.map((entry: { label: string }) => entry.label),
    ).toEqual(['demand', 'denial', 'threat', 'offer']);
    expect(report.documents).toHaveLength(1);
  });

  it('prints a readable summary and refuses a single annotator', async () => {
    const output = captureOutput();
    expect(await runCli(['agree', folder.path, '--annotators', 'alice,bob'], output)).toBe(0);
    expect(output.stdout).toContain(
      'alice ~ bob\t0.500\t1.000\t' +
        output.stdout.find((line) => line.startsWith('alice ~ bob'))!.split('\t')[3],
    );
    const refused = captureOutput();
    expect(await runCli(['agree', folder.path, '--annotators', 'alice'], refused)).toBe(2);
    expect(refused.stderr[0]).toContain('--annotators needs at least two names');
    const unknown = captureOutput();
    expect(await runCli(['agree', folder.path, '--documents', 'nope'], unknown)).toBe(1);
    expect(unknown.stderr[0]).toContain('has no document "nope"');
  });
});
