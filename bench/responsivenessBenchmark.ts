import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  longestLoggedTask,
  openBrowserSession,
  openDocumentTimed,
  startLongTaskLog,
} from './browserSession';
import { writeSyntheticProject } from './corpus/writeSyntheticProject';
import { milliseconds, type BenchmarkRow } from './measure';

const DOCUMENTS = 2_000;
const ANNOTATORS = ['ann', 'ben', 'cy'];
/** How long recording goes on after the result appears: the charts are drawn after it. */
const SETTLE_MS = 1_500;

interface Responsiveness {
  /** The longest task on the page's main thread while the work ran, in ms. */
  longestTask: number;
  /** The longest time the progress display went without changing, in ms. */
  longestProgressGap: number;
  /** How long the work took, in ms. */
  duration: number;
}

/** What the page records while the work runs. */
interface Recording {
  changes: number[];
  start: number;
  /** When the result appeared: progress gaps are counted up to here. */
  finished?: number;
}

/**
 * Starts recording the page's long tasks (the browser reports those over 50 ms) and every
 * change of what the element matching `progressSelector` shows (its text or its value).
 */
async function startRecording(page: Page, progressSelector: string): Promise<void> {
  await startLongTaskLog(page);
  await page.evaluate((selector) => {
    const record: Recording = { changes: [], start: performance.now() };
    (window as unknown as { __responsiveness: Recording }).__responsiveness = record;
    let shown: string | undefined;
    new MutationObserver(() => {
      const progress = document.querySelector(selector);
      if (!progress) return;
      const bar = progress.querySelector('progress');
      const now = `${progress.textContent}|${bar?.getAttribute('value') ?? ''}`;
      if (now !== shown) record.changes.push(performance.now());
      shown = now;
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['value'],
    });
  }, progressSelector);
}

/** The result is on screen: progress gaps end here; long tasks are still counted after it. */
async function markFinished(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __responsiveness: Recording }).__responsiveness.finished =
      performance.now();
  });
}

/** Stops recording `settleMs` after the result appeared, so rendering it is counted too. */
async function stopRecording(page: Page, settleMs: number): Promise<Responsiveness> {
  await markFinished(page);
  await page.waitForTimeout(settleMs);
  const progress = await page.evaluate(() => {
    const record = (window as unknown as { __responsiveness: Recording }).__responsiveness;
    const finished = record.finished ?? performance.now();
    const times = [record.start, ...record.changes.filter((time) => time < finished), finished];
    let gap = 0;
    for (let index = 1; index < times.length; index++) {
      gap = Math.max(gap, times[index]! - times[index - 1]!);
    }
    return { longestProgressGap: gap, duration: finished - record.start };
  });
  return { ...progress, longestTask: await longestLoggedTask(page) };
}

/**
 * Waits for an element (with this text, if given) by CSS selector. Playwright's role queries
 * compute accessible names across the page, which on a 2,000-row table takes seconds on the
 * page's own thread: they would be measured as the app's long tasks.
 */
async function waitForSelector(page: Page, selector: string, text?: string): Promise<void> {
  await page.waitForFunction(
    ({ selector, text }) =>
      Array.from(document.querySelectorAll(selector)).some(
        (element) => text === undefined || element.textContent === text,
      ),
    { selector, text },
    { timeout: 600_000, polling: 100 },
  );
}

/** Clicks the button with exactly this text, found by CSS for the same reason. */
async function clickButton(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const button = Array.from(document.querySelectorAll<HTMLButtonElement>(selector)).find(
        (element) => element.textContent?.trim() === text,
      );
      if (!button) throw new Error(`no button "${text}"`);
      button.click();
    },
    { selector, text },
  );
}

/** File › Export… of every annotator's spans as jsonl, from the dialog. */
async function exportFromDialog(page: Page): Promise<Responsiveness> {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('combobox', { name: 'Whose annotations' }).selectOption({
    label: 'Every annotator except gold',
  });
  await dialog.getByRole('textbox', { name: 'File name' }).fill('everyone.jsonl');
  await startRecording(page, '.export-progress');
  await clickButton(page, '[role="dialog"] button', 'Export');
  await waitForSelector(page, '[aria-label="Export summary"]');
  return stopRecording(page, SETTLE_MS);
}

/** After Review has shown the project's progress: long enough for its last render to end. */
const REVIEW_SETTLE_MS = 1000;

/** Opens Review, until it shows the project's progress and its last render has ended. */
async function openReview(page: Page): Promise<Responsiveness> {
  await openDocumentTimed(page, 'doc-00000');
  const progress = '[aria-label="Project review progress"]';
  await startRecording(page, progress);
  await page.getByRole('button', { name: 'Review', exact: true }).click();
  await waitForSelector(page, 'button', 'Agreement report');
  await waitForSelector(page, progress);
  return stopRecording(page, REVIEW_SETTLE_MS);
}

/** Review › Agreement report over the whole project, once Review has opened. */
async function agreementReport(page: Page): Promise<Responsiveness> {
  await startRecording(page, '.agreement-report__progress');
  await clickButton(page, 'button', 'Agreement report');
  await waitForSelector(page, '.agreement-report caption', 'Per document');
  return stopRecording(page, SETTLE_MS);
}

function rowsFor(what: string, measured: Responsiveness): BenchmarkRow[] {
  return [
    {
      name: `longest renderer task during ${what}`,
      figure: milliseconds(measured.longestTask),
      baseline: `${milliseconds(measured.duration)} of work`,
      ratio: measured.longestTask / 50,
      target: '≤ 50 ms (ratio ≤ 1)',
      met: measured.longestTask <= 50,
    },
    {
      name: `longest time without a progress update during ${what}`,
      figure: milliseconds(measured.longestProgressGap),
      baseline: '1 s',
      ratio: measured.longestProgressGap / 1000,
      target: '≤ 1 s (ratio ≤ 1)',
      met: measured.longestProgressGap <= 1000,
    },
  ];
}

/**
 * The renderer stays responsive while the host works: export and agreement over a project of
 * 2,000 news documents by three annotators, run from the app in Chromium.
 */
export async function responsivenessBenchmarks(): Promise<BenchmarkRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-responsive-'));
  try {
    const project = writeSyntheticProject(join(folder, 'project'), DOCUMENTS, {
      seed: 21,
      annotators: ANNOTATORS,
      documentLength: 4_000,
      spansPerDocument: 40,
    });
    const exporting = await openBrowserSession(project.root);
    const exported = await exportFromDialog(exporting.page);
    await exporting.close();
    const reviewing = await openBrowserSession(project.root);
    const reviewOpened = await openReview(reviewing.page);
    const agreed = await agreementReport(reviewing.page);
    await reviewing.close();
    return [
      ...rowsFor(
        `an export of ${DOCUMENTS.toLocaleString('en')} documents × 3 annotators`,
        exported,
      ),
      ...rowsFor(`the agreement report (${DOCUMENTS.toLocaleString('en')} documents × 3)`, agreed),
      // Its own row: before, these tasks could spill into the report's recording.
      rowsFor(`opening Review (${DOCUMENTS.toLocaleString('en')} documents × 3)`, reviewOpened)[0]!,
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
