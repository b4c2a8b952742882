import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { codePointOffset, documentTextOf, readSpans } from './support/files';

const SEED = '000_9cdbc204e52fb821.txt';
const PHRASE = 'a ban on further NATO expansion';

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'parley-import-'));
});
test.afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

test('imports a brat .ann/.txt pair as annotator dana', async ({ workbench, app, project }) => {
  const text = documentTextOf(project.file(SEED));
  const start = codePointOffset(text, PHRASE);
  writeFileSync(join(folder, '288.txt'), text);
  writeFileSync(
    join(folder, '288.ann'),
    `T1\tdemand ${start} ${start + Array.from(PHRASE).length}\t${PHRASE}\n`,
  );

  await app.page.getByRole('button', { name: 'Import…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import annotations' });
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('brat');
  await dialog
    .getByLabel('Choose files')
    .setInputFiles([join(folder, '288.ann'), join(folder, '288.txt')]);
  await expect(dialog.getByText('2 files chosen.')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Annotator' }).fill('dana');
  await dialog.getByRole('button', { name: 'Import' }).click();
  const written = dialog.getByRole('table', { name: 'Files written' });
  await expect(written).toContainText('annotations/dana/288.json');
  await expect(written.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText('1');
  expect(readSpans(project.file('annotations/dana/288.json'))).toEqual([
    expect.objectContaining({ label: 'demand', start, text: PHRASE }),
  ]);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await workbench.useAnnotator('dana');
  await expect(workbench.documentEntry('288')).toContainText('1 span');
  await workbench.openDocument('288');
  await expect(workbench.spans('demand')).toHaveText([PHRASE]);
});

test('opens a colleague’s Parley file into annotations/erin/', async ({ app, project }) => {
  const colleague = JSON.parse(readFileSync(project.file('annotations/alice/288.json'), 'utf8'));
  colleague.annotator = 'erin';
  writeFileSync(join(folder, '288.json'), JSON.stringify(colleague, null, 2));

  await app.page.getByRole('button', { name: 'Import…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Import annotations' });
  await dialog
    .getByRole('combobox', { name: 'Format' })
    .selectOption({ label: 'Parley annotation files (a colleague’s)' });
  await dialog.getByLabel('Choose files').setInputFiles(join(folder, '288.json'));
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('table', { name: 'Files written' })).toContainText(
    'annotations/erin/288.json',
  );
  const spans = readSpans(project.file('annotations/erin/288.json'));
  expect(spans.map((span) => span.text)).toEqual(
    colleague.annotations.map((span: { text: string }) => span.text),
  );
  expect(JSON.parse(readFileSync(project.file('annotations/erin/288.json'), 'utf8'))).toMatchObject(
    { annotator: 'erin' },
  );

  // Opened again: the file exists, so it waits for a decision.
  await dialog.getByRole('button', { name: 'Import' }).click();
  const replace = dialog.getByRole('checkbox', { name: /annotations\/erin\/288\.json/ });
  await expect(replace).toBeVisible();
  await replace.check();
  await dialog.getByRole('button', { name: 'Replace selected' }).click();
  await expect(dialog.getByRole('table', { name: 'Files written' })).toContainText('(replaced)');
});
