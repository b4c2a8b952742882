import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from './fixtures';
import { Workbench } from './pages/workbench';

/**
 * Every string a project can hold — label names, definitions and examples, attribute names and
 * choices, the project name, article titles, text and file names, notes and attribute values —
 * carries script payloads. The page must show them as text: no payload runs (window.__xss
 * stays unset), none becomes an element, and the CSP never has to block anything.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '"><svg onload=window.__xss=1>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  "' onmouseover='window.__xss=1",
];
const ALL = PAYLOADS.join(' ');
const FILE_NAME = '<img src=x onerror=window.__xss=1>.txt';
const DOCUMENT_ID = '<img src=x onerror=window.__xss=1>';
const TITLE = `${PAYLOADS[0]} ${PAYLOADS[1]} Headline`;
const ARTICLE = [
  TITLE,
  '',
  'Russia denies any such plans, said <b onmouseover=window.__xss=1>the minister</b>.',
  `See ${PAYLOADS[2]} and ${PAYLOADS[3]} here.`,
  `${PAYLOADS[4]} <a href="javascript:window.__xss=1">a link</a>`,
  '',
].join('\n');

const sampleConfig = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '..', 'resources', 'sample-project', 'parley.json'),
    'utf8',
  ),
);
const config = {
  ...sampleConfig,
  name: `Project ${PAYLOADS[3]}`,
  labels: sampleConfig.labels.map((label: Record<string, unknown>, index: number) => ({
    ...label,
    name: `${label.name} ${PAYLOADS[index % PAYLOADS.length]}`,
    definition: ALL,
    examples: PAYLOADS,
  })),
  attributes: sampleConfig.attributes.map((attribute: Record<string, unknown>) => ({
    ...attribute,
    name: `${attribute.name} ${PAYLOADS[0]}`,
    description: ALL,
    ...(Array.isArray(attribute.choices) ? { choices: [...attribute.choices, PAYLOADS[1]] } : {}),
  })),
};

test.use({
  projectFiles: {
    'parley.json': JSON.stringify(config, null, 2),
    [FILE_NAME]: ARTICLE,
  },
});

async function recordCspViolations(page: Workbench['page']): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as { __cspViolations: string[] };
    record.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      record.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
}

async function expectNothingRan(page: Workbench['page']): Promise<void> {
  const outcome = await page.evaluate(() => {
    const record = window as unknown as { __xss?: unknown; __cspViolations?: string[] };
    return {
      xss: record.__xss,
      violations: record.__cspViolations,
      injected: document.querySelectorAll(
        'img[src="x"], svg[onload], iframe, b[onmouseover], a[href^="javascript:"], body script',
      ).length,
    };
  });
  expect(outcome).toEqual({ xss: undefined, violations: [], injected: 0 });
}

test('script payloads in every string field render as text: nothing runs, CSP blocks nothing', async ({
  app,
}) => {
  await recordCspViolations(app.page);
  await app.page.reload();
  const workbench = new Workbench(app.page);
  await workbench.waitUntilReady();

  // The header, the document list and the article: project name, title, file name and text.
  await expect(app.page.locator('body')).toContainText(config.name);
  await expect(workbench.documentEntry(DOCUMENT_ID)).toContainText(TITLE);
  await workbench.openDocument(DOCUMENT_ID);
  await expect(workbench.article).toContainText(FILE_NAME);
  await expect(workbench.articleText).toContainText(PAYLOADS[3]!);
  await expect(workbench.articleText).toContainText(PAYLOADS[4]!);

  // Spans with payloads in the note, a text attribute and a choice.
  await workbench.selectWithKeyboard('Russia denies any such plans');
  await app.page.keyboard.press('1');
  await expect(workbench.spans('demand')).toHaveCount(1);
  await workbench.selectedSpan.getByRole('textbox', { name: 'Note' }).fill(ALL);
  await workbench.selectedSpan.getByLabel(/^Source/).fill(ALL);
  await workbench.selectedSpan.getByLabel(/^Modality/).selectOption(PAYLOADS[1]!);
  await workbench.selectWithKeyboard(PAYLOADS[3]!);
  await app.page.keyboard.press('2');
  await expect(workbench.spans('denial')).toHaveCount(1);
  await workbench.expectSaved();

  // Everything again, read back from the files.
  await app.page.reload();
  await workbench.waitUntilReady();
  await workbench.openDocument(DOCUMENT_ID);
  await expect(workbench.spans()).toHaveCount(2);
  await workbench.spans('demand').first().click();
  await expect(workbench.selectedSpan.getByRole('textbox', { name: 'Note' })).toHaveValue(ALL);
  await expect(workbench.selectedSpan.getByLabel(/^Source/)).toHaveValue(ALL);
  await expect(workbench.selectedSpan.getByLabel(/^Modality/)).toHaveValue(PAYLOADS[1]!);
  await expect(workbench.selectedSpan).toContainText(PAYLOADS[0]!);
  await expect(workbench.spanList).toContainText(PAYLOADS[3]!);

  await workbench.spans('denial').first().hover();
  const card = app.page.getByRole('tooltip');
  await expect(card).toContainText(PAYLOADS[1]!);
  await workbench.spans('demand').first().hover();
  await expect(card).toContainText(`Demand ${PAYLOADS[0]}`);

  await app.page.getByRole('button', { name: 'Guidelines' }).click();
  const guidelines = app.page.getByRole('dialog');
  await expect(guidelines).toContainText(ALL);
  await expect(guidelines).toContainText(PAYLOADS[5]!);

  await expectNothingRan(app.page);

  // The recorder itself works: an inline script added on purpose is blocked and recorded.
  await app.page.evaluate(() => {
    const probe = document.createElement('script');
    probe.textContent = 'window.__xss = "probe"';
    document.head.append(probe);
  });
  await expect
    .poll(() =>
      app.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
    )
    .toContainEqual(expect.stringMatching(/^script-src/));
  expect(
    await app.page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss),
  ).toBeUndefined();
});
