import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from './fixtures';
import { codePointOffset, documentTextOf } from './support/files';

const SEED = join(
  import.meta.dirname,
  '..',
  'resources',
  'sample-project',
  '000_9cdbc204e52fb821.txt',
);
const TEXT = documentTextOf(SEED);
const CODE_POINTS = Array.from(TEXT);

const AGREED = 'demanded the U.S.-led NATO alliance not admitting the former Soviet state';
const LABELS = 'Russia denies any such plans';
const SHORT_OFFER = 'open to discussing missile deployments in Europe';
const LONG_OFFER = `${SHORT_OFFER} as well as limiting the size and scope of military exercises`;
const ONLY_ANN = '100,000 Russian troops moved to within striking distance of Ukraine';

/** A span of the seed article as Parley writes it, located by its text. */
function span(id: string, label: string, phrase: string) {
  const start = codePointOffset(TEXT, phrase);
  const end = start + Array.from(phrase).length;
  return {
    id,
    label,
    start,
    end,
    text: phrase,
    prefix: CODE_POINTS.slice(Math.max(0, start - 32), start).join(''),
    suffix: CODE_POINTS.slice(end, end + 32).join(''),
    attributes: {},
    note: '',
  };
}

function annotationFile(annotator: string, annotations: ReturnType<typeof span>[]): string {
  return JSON.stringify({
    format: 'parley-annotations',
    version: 1,
    document: {
      id: '288',
      path: '000_9cdbc204e52fb821.txt',
      textSha256: createHash('sha256').update(TEXT, 'utf8').digest('hex'),
      textLength: CODE_POINTS.length,
    },
    annotator,
    annotations,
  });
}

test.use({
  projectFiles: {
    'annotations/ann/288.json': annotationFile('ann', [
      span('a1', 'demand', AGREED),
      span('a2', 'denial', LABELS),
      span('a3', 'offer', SHORT_OFFER),
      span('a4', 'threat', ONLY_ANN),
    ]),
    'annotations/ben/288.json': annotationFile('ben', [
      span('b1', 'demand', AGREED),
      span('b2', 'threat', LABELS),
      span('b3', 'offer', LONG_OFFER),
    ]),
  },
});

test('compares two colleagues, adjudicates into gold, and agrees with the CLI', async ({
  workbench,
  project,
  app,
}) => {
  const page = app.page;
  await workbench.openDocument('288');
  await page.getByRole('button', { name: 'Review', exact: true }).click();

  const compared = page.getByRole('group', { name: 'Compared annotators' });
  await compared.getByRole('checkbox', { name: 'alice' }).uncheck();
  await compared.getByRole('checkbox', { name: 'bob' }).uncheck();
  await expect(compared.getByRole('checkbox', { name: 'ann' })).toBeChecked();
  await expect(compared.getByRole('checkbox', { name: 'ben' })).toBeChecked();

  const article = page.getByRole('textbox', { name: 'Compared article' });
  // A span crossing another annotator's may be drawn in pieces: count distinct spans.
  const drawnIds = (annotator: string) =>
    article
      .locator(`[data-annotator="${annotator}"]`)
      .evaluateAll((nodes) =>
        [...new Set(nodes.map((node) => node.dataset['annotationId']))].sort(),
      );
  await expect.poll(() => drawnIds('ann')).toEqual(['a1', 'a2', 'a3', 'a4']);
  await expect.poll(() => drawnIds('ben')).toEqual(['b1', 'b2', 'b3']);
  await expect(article.locator('[data-annotator="ben"]').first()).toHaveAttribute(
    'data-initials',
    'BE',
  );

  const list = page.getByRole('list', { name: 'Disagreements' });
  const items = list.locator(':scope > li');
  await expect(items).toHaveCount(4);
  const agreed = page.getByRole('listitem', { name: `Agreed: ${AGREED}` });
  const labels = page.getByRole('listitem', { name: `Label mismatch: ${LABELS}` });
  const boundary = page.getByRole('listitem', { name: `Boundary mismatch: ${LONG_OFFER}` });
  const onlyAnn = page.getByRole('listitem', { name: `Only ann: ${ONLY_ANN}` });
  for (const item of [agreed, labels, boundary, onlyAnn]) await expect(item).toBeVisible();

  // "." steps to the first disagreement in text order (agreed items are skipped) and marks it.
  await page.getByRole('heading', { name: 'Review', exact: true }).click();
  await page.keyboard.press('.');
  await expect(boundary).toHaveAttribute('aria-current', 'true');
  await expect
    .poll(() =>
      article
        .locator('.review-span--active')
        .evaluateAll((nodes) =>
          [...new Set(nodes.map((node) => node.dataset['annotationId']))].sort(),
        ),
    )
    .toEqual(['a3', 'b3']);
  // "," goes back, wrapping round to the last disagreement.
  await page.keyboard.press(',');
  await expect(labels).toHaveAttribute('aria-current', 'true');

  // Only 288 has files of both compared annotators: the project is this document.
  const projectProgress = page.getByRole('status', { name: 'Project review progress' });
  await expect(projectProgress).toHaveText('Project: 0 of 4 decided, 0 of 1 document complete');

  await page.getByRole('button', { name: 'Accept all agreed' }).click();
  await labels.getByRole('button', { name: 'Accept ann' }).click();
  await boundary.getByRole('button', { name: 'Accept ben' }).click();
  await onlyAnn.getByRole('button', { name: 'Reject' }).click();
  const progress = page.getByRole('status', { name: 'Document review progress' });
  await expect(progress).toHaveText('4 of 4 decided');
  await expect(onlyAnn).toContainText('Rejected');
  await expect(projectProgress).toHaveText('Project: 4 of 4 decided, 1 of 1 document complete');
  // A rejection undoes and redoes like any edit.
  await page.getByRole('heading', { name: 'Review', exact: true }).click();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(onlyAnn).toContainText('Open');
  await expect(progress).toHaveText('3 of 4 decided');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(onlyAnn).toContainText('Rejected');
  await workbench.expectSaved();

  const gold = JSON.parse(readFileSync(project.file('annotations/gold/288.json'), 'utf8'));
  expect(gold.annotator).toBe('gold');
  expect(
    gold.annotations.map((annotation: { label: string; start: number; text: string }) => [
      annotation.label,
      annotation.start,
      annotation.text,
    ]),
  ).toEqual([
    ['demand', span('x', 'demand', AGREED).start, AGREED],
    ['offer', span('x', 'offer', LONG_OFFER).start, LONG_OFFER],
    ['denial', span('x', 'denial', LABELS).start, LABELS],
  ]);
  const provenance = gold.annotations.map(
    (annotation: { provenance: { annotators: string[]; adjudicator: string } }) =>
      annotation.provenance,
  );
  expect(provenance.map((entry: { annotators: string[] }) => entry.annotators)).toEqual([
    ['ann', 'ben'],
    ['ben'],
    ['ann'],
  ]);
  for (const entry of provenance) {
    expect(entry).toMatchObject({ adjudicator: 'analyst', adjudicatedAt: expect.any(String) });
  }
  expect(gold.rejected).toEqual([
    expect.objectContaining({
      disagreementKey: expect.stringMatching(/^only-some:/),
      adjudicator: 'analyst',
    }),
  ]);

  // The agreement report of the compared pair: chart, tables, and exports into exports/.
  await page.getByRole('button', { name: 'Agreement report' }).click();
  const reportView = page.getByRole('region', { name: 'Agreement report' });
  await expect(
    reportView.getByRole('img', { name: 'F1 and kappa per annotator pair' }),
  ).toBeVisible();
  const pairRow = reportView.getByRole('table', { name: 'Per pair' }).getByRole('row', {
    name: /ann ~ ben/,
  });
  await expect(pairRow).toContainText('0.286'); // exact F1 = 2/7
  await expect(pairRow).toContainText('0.571'); // overlap F1 = 4/7
  await expect(reportView).toContainText('Computed at');
  await reportView.getByRole('button', { name: 'Export HTML' }).click();
  await expect(workbench.notice).toContainText('Wrote exports/agreement.html');
  await reportView.getByRole('button', { name: 'Export CSV' }).click();
  await expect(workbench.notice).toContainText('Wrote exports/agreement.csv');
  const html = readFileSync(project.file('exports/agreement.html'), 'utf8');
  expect(html).toContain('ann ~ ben');
  expect(html).not.toContain('<script');
  expect(readFileSync(project.file('exports/agreement.csv'), 'utf8')).toContain(
    'pair,ann ~ ben,0.2857142857142857,0.5714285714285714,',
  );
  await reportView.getByRole('button', { name: 'Export CSV' }).click();
  await expect(workbench.notice).toContainText('exists already');
  await page.getByRole('button', { name: 'Compare' }).click();

  // Leaving review returns to the analyst's own file.
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await expect(workbench.articleText).toBeVisible();

  const repositoryRoot = resolve(import.meta.dirname, '..');
  const output = execFileSync(
    join(repositoryRoot, 'node_modules', '.bin', 'tsx'),
    ['src-main/cli/main.ts', 'agree', project.path, '--annotators', 'ann,ben', '--json'],
    { cwd: repositoryRoot, encoding: 'utf8' },
  );
  const report = JSON.parse(output);
  expect(report.annotators).toEqual(['ann', 'ben']);
  const [pair] = report.project.pairs;
  expect(pair.spans.exact.micro).toMatchObject({ firstSpans: 4, secondSpans: 3, matched: 1 });
  expect(pair.spans.exact.micro.f1).toBeCloseTo(2 / 7, 12);
  expect(pair.spans.overlap.micro.matched).toBe(2);
  expect(pair.spans.overlap.micro.f1).toBeCloseTo(4 / 7, 12);
});
