import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { readSpans } from './support/files';

const ARTICLE = readFileSync(join(import.meta.dirname, 'fixtures', 'articles', 'unicode_crlf.txt'));

test.use({ projectFiles: { 'news/unicode_crlf.txt': ARTICLE } });

test('tags an article with emoji, astral digits and CRLF line ends at exact code-point offsets', async ({
  workbench,
  project,
  app,
}) => {
  await workbench.openDocument('901');
  await workbench.selectWithKeyboard('demanded a ceasefire within 𝟓 days');
  await app.page.keyboard.press('1');
  await workbench.selectWithKeyboard('offered a prisoner exchange');
  await app.page.keyboard.press('4');
  await workbench.expectSaved();
  const spans = readSpans(project.file('annotations/analyst/901.json'));
  // The document text after normalization: BOM gone, CRLF → LF, from the repeated headline on.
  const text =
    'Peace talks 🕊️ resume in Genève\n\n' +
    'Delegates 🕊️ met for 𝟓 hours. Москва demanded a ceasefire within 𝟓 days.\n\n' +
    'Kyiv rejected the demand — «неприемлемо», an official said — and offered a prisoner exchange.\n';
  const codePoints = Array.from(text);
  for (const span of spans) expect(codePoints.slice(span.start, span.end).join('')).toBe(span.text);
  // Offsets as Python's str indexing gives them (computed there, independently of JavaScript);
  // in UTF-16 the demand would start at 73, not 70.
  expect(spans.map((span) => [span.label, span.start, span.end])).toEqual([
    ['demand', 70, 104],
    ['offer', 172, 199],
  ]);
  await expect(workbench.spans('demand')).toHaveText(['demanded a ceasefire within 𝟓 days']);
});
