import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { readSpans } from './support/files';

interface ExportedLine {
  id: string;
  annotator: string;
  text: string;
  spans: { start: number; end: number; label: string; text: string }[];
}

test('exports alice’s spans as JSONL from the dialog, at code-point offsets', async ({
  workbench,
  app,
  project,
}) => {
  await app.page.getByRole('button', { name: 'Export…' }).click();
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('combobox', { name: 'Format' })).toHaveValue('jsonl');
  await dialog.getByRole('combobox', { name: 'Whose annotations' }).selectOption('alice');
  const name = dialog.getByRole('textbox', { name: 'File name' });
  await name.fill('alice.csv');
  await expect(dialog.getByText('The name must end in ".jsonl" for jsonl.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
  await name.fill('alice.jsonl');
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
  const summary = dialog.getByRole('region', { name: 'Export summary' });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole('list', { name: 'Files written' })).toHaveText(
    'exports/alice.jsonl',
  );

  const lines = readFileSync(project.file('exports/alice.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as ExportedLine);
  expect(lines.map((line) => [line.id, line.annotator]).sort()).toEqual([
    ['288', 'alice'],
    ['517', 'alice'],
  ]);
  let spanCount = 0;
  for (const line of lines) {
    const codePoints = Array.from(line.text);
    expect(line.spans).toHaveLength(
      readSpans(project.file(`annotations/alice/${line.id}.json`)).length,
    );
    for (const span of line.spans) {
      expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
      spanCount++;
    }
  }
  expect(spanCount).toBeGreaterThan(0);
  await expect(summary).toContainText(`2 documents and ${spanCount} spans exported.`);

  // The same name again: nothing is replaced until the analyst says so.
  await dialog.getByRole('button', { name: 'Back to the export settings' }).click();
  await dialog.getByRole('button', { name: 'Export' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'exports/alice.jsonl already exists. Replace it?',
  );
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(summary).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toBeHidden();
  await expect(workbench.documentList).toBeVisible();
});

test('exports alice’s spans as a brat folder', async ({ app, project, workbench }) => {
  await workbench.openDocument('288');
  await app.page.keyboard.press('Control+e');
  const dialog = app.page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Format' }).selectOption({ label: 'brat standoff' });
  await expect(dialog.getByRole('textbox', { name: 'Folder name' })).toHaveValue('brat');
  await dialog.getByRole('combobox', { name: 'Whose annotations' }).selectOption('alice');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const summary = dialog.getByRole('region', { name: 'Export summary' });
  await expect(summary).toContainText('2 documents and');
  await expect(summary.getByRole('list', { name: 'Files written' })).toContainText(
    'exports/brat/annotation.conf',
  );

  const folder = project.file('exports/brat');
  const files = readdirSync(folder).sort();
  expect(files).toEqual(expect.arrayContaining(['annotation.conf', 'visual.conf']));
  const annFiles = files.filter((file) => file.endsWith('.ann'));
  expect(annFiles).toHaveLength(2);
  for (const annFile of annFiles) {
    const textFile = `${folder}/${annFile.replace(/\.ann$/, '.txt')}`;
    expect(existsSync(textFile)).toBe(true);
    const codePoints = Array.from(readFileSync(textFile, 'utf8'));
    const textLines = readFileSync(`${folder}/${annFile}`, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('T'));
    expect(textLines.length).toBeGreaterThan(0);
    for (const line of textLines) {
      const [, labelAndOffsets, text] = line.split('\t');
      const [, start, end] = labelAndOffsets!.split(' ');
      expect(codePoints.slice(Number(start), Number(end)).join('')).toBe(text);
    }
  }
});
