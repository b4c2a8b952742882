import { expect, test } from './fixtures';
import { codePointOffset, documentTextOf, readSpans } from './support/files';

const SEED = '000_9cdbc204e52fb821.txt';

test.beforeEach(async ({ workbench }) => {
  await workbench.openDocument('288');
});

test('opens the sample project with its three articles', async ({ workbench }) => {
  await expect(workbench.documentList.locator('[data-document-id]')).toHaveCount(3);
  await expect(workbench.articleText).toContainText('Russia and the United States gave no sign');
  await expect(workbench.labels.getByRole('button', { name: 'Demand (1)' })).toBeVisible();
});

test('tags a demand with the keyboard only, saved at exact code-point offsets', async ({
  workbench,
  project,
  app,
}) => {
  await workbench.selectWithKeyboard('a ban on further NATO expansion');
  await app.page.keyboard.press('1');
  await workbench.expectSaved();
  const spans = readSpans(project.file('annotations/analyst/288.json'));
  const text = documentTextOf(project.file(SEED));
  const start = codePointOffset(text, 'a ban on further NATO expansion');
  expect(spans).toEqual([
    expect.objectContaining({
      label: 'demand',
      start,
      end: start + 31,
      text: 'a ban on further NATO expansion',
    }),
  ]);
  const codePoints = Array.from(text);
  expect(spans[0]!.prefix).toBe(codePoints.slice(start - 32, start).join(''));
  expect(spans[0]!.suffix).toBe(codePoints.slice(start + 31, start + 63).join(''));
  await expect(workbench.spans('demand')).toHaveText(['a ban on further NATO expansion']);
});

test('snaps a selection to whole words', async ({ workbench, project, app }) => {
  await workbench.selectText('ussia denies any such pla');
  await app.page.keyboard.press('2');
  await workbench.expectSaved();
  expect(readSpans(project.file('annotations/analyst/288.json'))[0]).toMatchObject({
    label: 'denial',
    text: 'Russia denies any such plans',
  });
});

test('draws overlapping spans and lists every span at a point', async ({
  workbench,
  project,
  app,
}) => {
  await workbench.selectText('made sweeping demands, including a ban on further NATO expansion');
  await app.page.keyboard.press('1');
  await workbench.selectText('further NATO expansion');
  await app.page.keyboard.press('3');
  await workbench.expectSaved();
  const spans = readSpans(project.file('annotations/analyst/288.json'));
  expect(spans.map((span) => [span.label, span.text])).toEqual([
    ['demand', 'made sweeping demands, including a ban on further NATO expansion'],
    ['threat', 'further NATO expansion'],
  ]);
  await expect(workbench.spans('demand')).not.toHaveCount(0);
  await expect(workbench.spans('threat')).toHaveText(['further NATO expansion']);
  await workbench.spans('threat').first().hover();
  const card = app.page.getByRole('tooltip');
  await expect(card).toContainText('Demand');
  await expect(card).toContainText('Threat');
});

test('edits label, attributes and note, with undo and redo', async ({
  workbench,
  project,
  app,
}) => {
  const file = project.file('annotations/analyst/288.json');
  await workbench.selectText('Russia denies any such plans');
  await app.page.keyboard.press('2');
  await workbench.spans('denial').first().click();
  const details = workbench.selectedSpan;
  await details.getByLabel('Source').fill('Russia');
  await details.getByLabel('Modality').selectOption('asserted');
  await details
    .getByRole('textbox', { name: 'Note' })
    .fill('A denial of a claim, not of a demand <b>bold?</b>');
  await workbench.expectSaved();
  await expect
    .poll(() => readSpans(file)[0]?.attributes)
    .toEqual({ source: 'Russia', modality: 'asserted' });
  expect(readSpans(file)[0]!.note).toBe('A denial of a claim, not of a demand <b>bold?</b>');
  await expect(details.getByRole('textbox', { name: 'Note' })).toHaveValue(/<b>bold\?<\/b>/);

  await details.getByLabel('Label').selectOption('threat');
  await workbench.expectSaved();
  await expect.poll(() => readSpans(file)[0]?.label).toBe('threat');

  await workbench.articleText.focus();
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => readSpans(file)[0]?.label).toBe('denial');
  await app.page.keyboard.press('Control+z');
  await expect.poll(() => readSpans(file)[0]?.note ?? '').toBe('');
  await app.page.keyboard.press('Control+Shift+z');
  await expect
    .poll(() => readSpans(file)[0]?.note)
    .toBe('A denial of a claim, not of a demand <b>bold?</b>');
});

test('deletes a span with the Delete key and undoes the deletion', async ({
  workbench,
  project,
  app,
}) => {
  const file = project.file('annotations/analyst/288.json');
  await workbench.selectWithKeyboard('Russia denies any such plans');
  await app.page.keyboard.press('2');
  await workbench.expectSaved();
  await workbench.spans('denial').first().click();
  await app.page.keyboard.press('Delete');
  await expect(workbench.spans()).toHaveCount(0);
  await expect.poll(() => readSpans(file).length).toBe(0);
  await app.page.keyboard.press('Control+z');
  await expect(workbench.spans('denial')).toHaveCount(1);
  await expect.poll(() => readSpans(file).length).toBe(1);
});

test('shows the same spans after a reload', async ({ workbench, app }) => {
  await workbench.selectWithKeyboard('Washington was open to discussing missile deployments');
  await app.page.keyboard.press('4');
  await workbench.expectSaved();
  await app.page.reload();
  await workbench.openDocument('288');
  await expect(workbench.spans('offer')).toHaveText([
    'Washington was open to discussing missile deployments',
  ]);
  await expect(workbench.documentEntry('288')).toContainText('1 span');
});

test('finds text in the article with a match count', async ({ workbench, app }) => {
  await workbench.articleText.focus();
  await app.page.keyboard.press('Control+f');
  await app.page.keyboard.type('NATO');
  await expect(workbench.findMatches).toHaveText(/^1 of \d+/);
  const total = Number((await workbench.findMatches.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBe(documentTextOfSeedMatches('NATO'));
  await app.page.keyboard.press('Enter');
  await expect(workbench.findMatches).toHaveText(new RegExp(`^2 of ${total}`));
  await app.page.keyboard.press('Shift+Enter');
  await expect(workbench.findMatches).toHaveText(new RegExp(`^1 of ${total}`));
});

function documentTextOfSeedMatches(phrase: string): number {
  return documentTextOf(`resources/sample-project/${SEED}`).split(phrase).length - 1;
}

test.describe('two long articles', () => {
  const longArticle = (id: string, title: string) =>
    [
      title,
      '',
      id,
      '1',
      title,
      '',
      ...Array.from(
        { length: 120 },
        (_, index) =>
          `Paragraph ${index + 1} of ${title}: the delegations met again and demanded a ceasefire before any further talks.\n`,
      ),
    ].join('\n');
  test.use({
    projectFiles: {
      '901_long_talks.txt': longArticle('901', 'Long talks in Geneva'),
      '902_long_summit.txt': longArticle('902', 'Long summit in Vienna'),
    },
  });

  test('opens each article at its top, wherever the previous one was scrolled', async ({
    workbench,
  }) => {
    const scrollTop = () =>
      workbench.articleText.evaluate((text) => text.closest('.article-view__scroller')!.scrollTop);
    await workbench.openDocument('901');
    await workbench.articleText.evaluate((text) => {
      text.closest('.article-view__scroller')!.scrollTop = 1e6;
    });
    expect(await scrollTop()).toBeGreaterThan(1000);

    await workbench.openDocument('902');
    await expect(workbench.articleText).toContainText('Paragraph 1 of Long summit in Vienna');
    await expect.poll(scrollTop).toBe(0);
    await expect(
      workbench.article.getByRole('heading', { name: 'Long summit in Vienna' }),
    ).toBeInViewport();
  });
});
