import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/support/chromium';
import { startServe, stopProcess } from '../e2e/support/servedHost';

/** The real renderer served by `parley serve` on a project, in Chromium. */
export interface BrowserSession {
  page: Page;
  close(): Promise<void>;
}

/** Opens the workbench on `project` and waits until the document list is shown. */
export async function openBrowserSession(project: string): Promise<BrowserSession> {
  const served = await startServe(project);
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(served.url);
  await page.getByRole('list', { name: 'Document list' }).waitFor();
  return {
    page,
    async close() {
      await browser.close();
      await stopProcess(served.process, 'SIGTERM');
    },
  };
}

/** Milliseconds from clicking a document in the list to two paints of it. */
export interface OpenTimes {
  /** The first paint with its highlights: every span in view (the first screen's spans). */
  painted: number;
  /** The paint with every span of the document drawn: later than `painted` on long documents. */
  complete: number;
  /**
   * When the page asked the host to read the document. The open target's measure is read →
   * first paint (`painted - requested`); before the request lies the browser's handling of the
   * click, which a synthetic click inflates (below).
   */
  requested: number;
}

/**
 * Opens a document from the list and times it (see OpenTimes). The clock starts at the click
 * event's own time stamp, not when Playwright begins to look for the element, so Playwright's
 * actionability checks (which wait for animation frames) are not counted. The page is not
 * polled while the document opens: polling runs Playwright's scripts on the page's thread, in
 * the middle of the open (the first poll in a page compiles them, ~15 ms), so the page itself
 * resolves a promise when the marks are set.
 *
 * Playwright's click moves the pointer, presses and releases within 0.2–2.5 ms, so the page
 * handles the hover, the press and the focus change after the release's time stamp, 4–9 ms
 * before the click handler runs; a person's press lasts about a tenth of a second, and that
 * work is done by the release. The target's measure starts later anyway, at the read
 * (`requested`), which the page marks when it asks the host for the document.
 */
export async function openDocumentTimes(page: Page, documentId: string): Promise<OpenTimes> {
  await scrollDocumentIntoList(page, documentId);
  await page.evaluate(() => {
    for (const mark of [
      'parley:document:request',
      'parley:document:painted',
      'parley:document:complete',
      'bench:open',
    ]) {
      performance.clearMarks(mark);
    }
    document.addEventListener(
      'click',
      (event) => performance.mark('bench:open', { startTime: event.timeStamp }),
      { capture: true, once: true },
    );
    (window as unknown as { parleyBenchOpened: Promise<void> }).parleyBenchOpened = new Promise(
      (resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('not painted in 120 s')), 120_000);
        const observer = new PerformanceObserver((list) => {
          if (list.getEntriesByName('parley:document:complete').length === 0) return;
          observer.disconnect();
          clearTimeout(timeout);
          resolve();
        });
        observer.observe({ type: 'mark' });
      },
    );
  });
  await page.locator(`[data-document-id="${documentId}"]`).click();
  await page.evaluate('window.parleyBenchOpened');
  const [start, requested, painted, complete] = await page.evaluate(() =>
    [
      'bench:open',
      'parley:document:request',
      'parley:document:painted',
      'parley:document:complete',
    ].map((name) => performance.getEntriesByName(name, 'mark').at(-1)!.startTime),
  );
  return {
    painted: painted! - start!,
    complete: complete! - start!,
    requested: requested! - start!,
  };
}

/** Milliseconds from clicking a document in the list to its first paint with highlights. */
export async function openDocumentTimed(page: Page, documentId: string): Promise<number> {
  return (await openDocumentTimes(page, documentId)).painted;
}

/**
 * The document list puts only the rows in view in the DOM: scrolls it to a synthetic document
 * (ids "doc-NNNNN" in list order) so that its row can be clicked.
 */
async function scrollDocumentIntoList(page: Page, documentId: string): Promise<void> {
  const row = page.locator(`[data-document-id="${documentId}"]`);
  const index = /^doc-(\d+)$/.exec(documentId)?.[1];
  if (index === undefined || (await row.count()) > 0) return;
  await page.evaluate((index) => {
    const panel = document.querySelector<HTMLElement>('[aria-label="Documents"]')!;
    const list = panel.querySelector<HTMLElement>('.document-list')!;
    const rowHeight = list.querySelector('li')!.offsetHeight;
    const listTop =
      list.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop;
    panel.scrollTop = listTop + index * rowHeight - panel.clientHeight / 2;
  }, Number(index));
  await row.waitFor();
}

/** Selects the `occurrence`-th text node holding `phrase` in the article (as a mouse drag would). */
export async function selectPhrase(page: Page, phrase: string, occurrence: number): Promise<void> {
  await page.evaluate(
    ({ phrase, occurrence }) => {
      const root = document.querySelector('[aria-label="Article text"]')!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(phrase);
        if (at !== -1 && seen++ === occurrence) {
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + phrase.length);
          const selection = window.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          (root as HTMLElement).focus();
          document.dispatchEvent(new Event('selectionchange'));
          return;
        }
      }
      throw new Error(`no occurrence ${occurrence} of "${phrase}"`);
    },
    { phrase, occurrence },
  );
}

/** The 95th percentile of `values`. */
export function percentile95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!;
}

/** The durations the page's long-task log holds (see startLongTaskLog). */
type LongTaskLog = { parleyLongTasks: number[] };

/**
 * Starts a fresh log of the page's long tasks (the browser reports those over 50 ms); an
 * earlier log's observer goes on filling its own, dropped array.
 */
export async function startLongTaskLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as LongTaskLog).parleyLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** The longest task in the log since startLongTaskLog, in ms; 0 when there was none. */
export function longestLoggedTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...(window as unknown as LongTaskLog).parleyLongTasks));
}
