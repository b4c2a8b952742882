import { existsSync, mkdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';
import { makeFolderReadOnly, readSpans } from './support/files';

test('edits that could not be saved survive a crash and are restored, with a notice', async ({
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
    await workbench.selectWithKeyboard('Washington was open to discussing missile deployments');
    await app.page.keyboard.press('4');
    await expect(workbench.spans()).toHaveCount(2);
    await expect(workbench.saveState).toContainText('annotations/analyst/288.json');
    // Edits older than about two seconds are in the journal, outside the read-only folder.
    await app.page.waitForTimeout(2500);
    expect(existsSync(project.file('.parley/journal/analyst/288.json'))).toBe(true);
    await app.kill();
  } finally {
    restore();
  }
  expect(existsSync(project.file('annotations/analyst/288.json'))).toBe(false);

  await app.restart();
  const restarted = new Workbench(app.page);
  await restarted.waitUntilReady();
  await restarted.openDocument('288');
  await expect(restarted.notice).toContainText(/Restored 2 unsaved changes from \S/);
  await expect(restarted.spans('denial')).toHaveCount(1);
  await expect(restarted.spans('offer')).toHaveCount(1);
  await restarted.expectSaved();
  expect(
    readSpans(project.file('annotations/analyst/288.json'))
      .map((span) => span.text)
      .sort(),
  ).toEqual([
    'Russia denies any such plans',
    'Washington was open to discussing missile deployments',
  ]);
  expect(existsSync(project.file('.parley/journal/analyst/288.json'))).toBe(false);
});
