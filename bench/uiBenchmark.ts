import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  openBrowserSession,
  openDocumentTimed,
  percentile95,
  selectPhrase,
} from './browserSession';
import { writeSyntheticProject } from './corpus/writeSyntheticProject';
import { milliseconds, type BenchmarkRow } from './measure';

const NEWS = { documentLength: 20_000, spansPerDocument: 200 };
const REPORT = { documentLength: 1_000_000, spansPerDocument: 5_000 };

/** p95 of selection + hotkey → span painted, over `trials` tags of untagged filler text. */
async function tagLatency(page: Page, trials: number): Promise<number> {
  const durations: number[] = [];
  for (let trial = 0; trial < trials; trial++) {
    await selectPhrase(page, 'according to', trial);
    const before = await page.evaluate(
      () => performance.getEntriesByName('parley:tag', 'measure').length,
    );
    await page.keyboard.press('1');
    await page.waitForFunction(
      (count) => performance.getEntriesByName('parley:tag', 'measure').length > count,
      before,
    );
    durations.push(
      await page.evaluate(
        () => performance.getEntriesByName('parley:tag', 'measure').at(-1)!.duration,
      ),
    );
  }
  return percentile95(durations);
}

async function heapBytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  await session.detach();
  return usedSize;
}

/** The renderer benchmarks: tag latency, open and switch times, memory. */
export async function uiBenchmarks(): Promise<BenchmarkRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-ui-'));
  const rows: BenchmarkRow[] = [];
  try {
    const single = (name: string, options: typeof NEWS, seed: number) =>
      writeSyntheticProject(join(folder, name), 1, { seed, annotators: ['annotator'], ...options })
        .root;
    const newsProject = single('news', NEWS, 11);
    const reportProject = single('report', REPORT, 12);
    const doubledProject = single(
      'report-doubled',
      { documentLength: 1_000_000, spansPerDocument: 10_000 },
      12,
    );

    const news = await openBrowserSession(newsProject);
    const newsOpen = await openDocumentTimed(news.page, 'doc-00000');
    const newsTag = await tagLatency(news.page, 20);
    await news.close();

    const report = await openBrowserSession(reportProject);
    const emptyHeap = await heapBytes(report.page);
    const reportOpen = await openDocumentTimed(report.page, 'doc-00000');
    const reportHeap = await heapBytes(report.page);
    const reportTag = await tagLatency(report.page, 20);
    await report.close();

    const doubled = await openBrowserSession(doubledProject);
    const doubledOpen = await openDocumentTimed(doubled.page, 'doc-00000');
    await doubled.close();

    const many = writeSyntheticProject(join(folder, 'many'), 1_000, {
      seed: 13,
      annotators: ['annotator'],
      documentLength: 4_000,
      spansPerDocument: 20,
    });
    const manySession = await openBrowserSession(many.root);
    const switches: number[] = [];
    for (let position = 0; position < 40; position++) {
      switches.push(
        await openDocumentTimed(manySession.page, `doc-${String(position * 25).padStart(5, '0')}`),
      );
    }
    await manySession.close();

    rows.push(
      {
        name: 'tag latency p95, news article (20 KB, 200 spans)',
        figure: milliseconds(newsTag),
        baseline: '16 ms frame',
        ratio: newsTag / 16,
        target: '≤ 16 ms (ratio ≤ 1)',
        met: newsTag <= 16,
      },
      {
        name: 'tag latency p95, long report (1 MB, 5,000 spans)',
        figure: milliseconds(reportTag),
        baseline: `news ${milliseconds(newsTag)}`,
        ratio: reportTag / newsTag,
        target: '≤ 16 ms and long/news ≤ 2',
        met: reportTag <= 16 && reportTag / newsTag <= 2,
      },
      {
        name: 'open document, news (20 KB, 200 spans)',
        figure: milliseconds(newsOpen),
        baseline: '100 ms',
        ratio: newsOpen / 100,
        target: '≤ 100 ms (ratio ≤ 1)',
        met: newsOpen <= 100,
      },
      {
        name: 'open document, long report (1 MB, 5,000 spans)',
        figure: milliseconds(reportOpen),
        baseline: '1 s',
        ratio: reportOpen / 1000,
        target: '≤ 1 s (ratio ≤ 1)',
        met: reportOpen <= 1000,
      },
      {
        name: 'open document, 1 MB with 10,000 spans vs 5,000',
        figure: milliseconds(doubledOpen),
        baseline: milliseconds(reportOpen),
        ratio: doubledOpen / reportOpen,
        target: '≤ 2.2',
        met: doubledOpen / reportOpen <= 2.2,
      },
      {
        name: 'switch document p95, project of 1,000 documents',
        figure: milliseconds(percentile95(switches)),
        baseline: '100 ms',
        ratio: percentile95(switches) / 100,
        target: '≤ 100 ms (ratio ≤ 1)',
        met: percentile95(switches) <= 100,
      },
      {
        name: 'renderer heap with the 1 MB document open',
        figure: `+${((reportHeap - emptyHeap) / 1024 / 1024).toFixed(0)} MB`,
        baseline: `empty app ${(emptyHeap / 1024 / 1024).toFixed(0)} MB`,
        ratio: (reportHeap - emptyHeap) / (150 * 1024 * 1024),
        target: '≤ +150 MB (ratio ≤ 1)',
        met: reportHeap - emptyHeap <= 150 * 1024 * 1024,
      },
    );
    return rows;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
