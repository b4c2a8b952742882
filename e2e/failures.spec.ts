import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { makeFolderReadOnly, mountFullDisk, readSpans } from './support/files';

test('a save that fails keeps the work, names the file and the cause, and saves once it can', async ({
  workbench,
  project,
  app,
}) => {
  const folder = project.file('annotations/analyst');
  mkdirSync(folder, { recursive: true });
  const restore = makeFolderReadOnly(folder);
  try {
    await workbench.openDocument('288');
    await workbench.selectWithKeyboard('Russia denies any such plans');
    await app.page.keyboard.press('2');
    await expect(workbench.saveState).toContainText('annotations/analyst/288.json');
    await expect(workbench.saveState).toContainText(/not permitted|permission denied|read-only/);
    await expect(workbench.spans('denial')).toHaveCount(1);
  } finally {
    restore();
  }
  await workbench.page.getByRole('button', { name: 'Retry save' }).click();
  await workbench.expectSaved();
  expect(readSpans(project.file('annotations/analyst/288.json')).map((span) => span.text)).toEqual([
    'Russia denies any such plans',
  ]);
});

test('a file changed by another program is never overwritten silently', async ({
  workbench,
  project,
  app,
}) => {
  const file = project.file('annotations/alice/288.json');
  await workbench.useAnnotator('alice');
  await workbench.openDocument('288');
  await expect(workbench.spans('denial')).not.toHaveCount(0);
  // Another program (a colleague's sync, an editor) rewrites the file.
  const external = JSON.parse(readFileSync(file, 'utf8'));
  external.annotations = external.annotations.slice(0, 2);
  writeFileSync(file, JSON.stringify(external, null, 2));
  const externalBytes = readFileSync(file, 'utf8');

  await workbench.selectWithKeyboard('Both sides said Russia had stated');
  await app.page.keyboard.press('2');
  const dialog = app.page.getByRole('alertdialog', { name: 'The annotation file changed on disk' });
  await expect(dialog).toBeVisible();
  expect(readFileSync(file, 'utf8')).toBe(externalBytes);

  await dialog.getByRole('button', { name: 'Keep mine (overwrite the file)' }).click();
  await workbench.expectSaved();
  const spans = readSpans(file);
  expect(spans).toHaveLength(8);
  expect(spans.map((span) => span.text)).toContain('Both sides said Russia had stated');
});

test('reload after a conflict shows what the other program wrote', async ({
  workbench,
  project,
  app,
}) => {
  const file = project.file('annotations/alice/288.json');
  await workbench.useAnnotator('alice');
  await workbench.openDocument('288');
  const external = JSON.parse(readFileSync(file, 'utf8'));
  external.annotations = external.annotations.slice(0, 1);
  writeFileSync(file, JSON.stringify(external, null, 2));
  await workbench.selectWithKeyboard('Both sides said Russia had stated');
  await app.page.keyboard.press('2');
  const dialog = app.page.getByRole('alertdialog', { name: 'The annotation file changed on disk' });
  await dialog.getByRole('button', { name: 'Reload (discard mine)' }).click();
  await expect(workbench.spans()).toHaveCount(1);
  expect(readSpans(file)).toHaveLength(1);
});

test('a full disk keeps the work, says the disk is full, and saves once there is room', async ({
  workbench,
  project,
  app,
}) => {
  const folder = project.file('annotations/analyst');
  mkdirSync(folder, { recursive: true });
  const disk = mountFullDisk(folder);
  test.skip('notPermitted' in disk, 'notPermitted' in disk ? disk.notPermitted : '');
  if ('notPermitted' in disk) return;
  try {
    await workbench.openDocument('288');
    await workbench.selectWithKeyboard('Russia denies any such plans');
    await app.page.keyboard.press('2');
    await expect(workbench.saveState).toContainText('annotations/analyst/288.json');
    await expect(workbench.saveState).toContainText('the disk is full');
    await expect(workbench.spans('denial')).toHaveCount(1);
    disk.freeSpace();
    await workbench.page.getByRole('button', { name: 'Retry save' }).click();
    await workbench.expectSaved();
    expect(
      readSpans(project.file('annotations/analyst/288.json')).map((span) => span.text),
    ).toEqual(['Russia denies any such plans']);
  } finally {
    disk.unmount();
  }
});
