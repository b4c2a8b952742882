import type { Article } from '../articles/article';
import { hostileAnnotationFiles } from './hostileAnnotationFiles';
import { hostileArticleFiles } from './hostileArticleFiles';
import type { HostileExpectation } from './hostileExpectation';
import {
  judgeAnnotationFile,
  judgeArticleFile,
  type HostileOutcome,
  type HostileVerdict,
} from './judgeHostileFile';

export interface CorpusFigures {
  files: number;
  /** How many files were made to be refused, to load with a problem, read-only, or either. */
  expected: Record<HostileExpectation, number>;
  outcomes: Record<HostileOutcome, number>;
  /** Files that broke a promise, with what they broke; the first 20. */
  failures: string[];
  failedFiles: number;
  /** Milliseconds Parley took per file: the slowest file up to 1 MB, and its name. */
  maxMs: number;
  slowestFile: string;
  /** The same for the heavy files over 1 MB (20 MB strings, 100,000 lines…). */
  largeFiles: number;
  maxMsLarge: number;
  slowestLargeFile: string;
  totalMs: number;
}

const LARGE_FILE_BYTES = 1024 * 1024;

function emptyFigures(): CorpusFigures {
  return {
    files: 0,
    expected: { refused: 0, problem: 0, 'read-only': 0, any: 0 },
    outcomes: { refused: 0, loaded: 0, 'loaded-with-problems': 0, 'read-only': 0 },
    failures: [],
    failedFiles: 0,
    maxMs: 0,
    slowestFile: '',
    largeFiles: 0,
    maxMsLarge: 0,
    slowestLargeFile: '',
    totalMs: 0,
  };
}

function record(
  figures: CorpusFigures,
  file: { name: string; size: number; expected: HostileExpectation },
  judge: () => HostileVerdict,
): void {
  const { name, size } = file;
  figures.expected[file.expected]++;
  const verdict = judge();
  const elapsed = verdict.handlingMs;
  figures.files++;
  figures.outcomes[verdict.outcome]++;
  figures.totalMs += elapsed;
  if (size > LARGE_FILE_BYTES) {
    figures.largeFiles++;
    if (elapsed > figures.maxMsLarge) {
      figures.maxMsLarge = elapsed;
      figures.slowestLargeFile = name;
    }
  } else if (elapsed > figures.maxMs) {
    figures.maxMs = elapsed;
    figures.slowestFile = name;
  }
  if (verdict.failures.length > 0) {
    figures.failedFiles++;
    if (figures.failures.length < 20)
      figures.failures.push(`${name}: ${verdict.failures.join('; ')}`);
  }
}

/** Names added to Object.prototype since `before` was taken: there must be none. */
export function prototypeChanges(before: readonly string[]): string[] {
  return Object.getOwnPropertyNames(Object.prototype).filter((name) => !before.includes(name));
}

/** Generates and judges `count` hostile annotation files for `articles`, one at a time. */
export function runHostileAnnotationCorpus(
  seed: number,
  count: number,
  articles: readonly Article[],
  heavyEvery?: number,
): CorpusFigures {
  const figures = emptyFigures();
  for (const file of hostileAnnotationFiles(seed, count, articles, heavyEvery)) {
    const described = { name: file.name, size: file.bytes.length, expected: file.expected };
    record(figures, described, () => judgeAnnotationFile(file, articles[file.articleIndex]!));
  }
  return figures;
}

/** Generates and judges `count` hostile article files, one at a time. */
export function runHostileArticleCorpus(
  seed: number,
  count: number,
  heavyEvery?: number,
): CorpusFigures {
  const figures = emptyFigures();
  for (const file of hostileArticleFiles(seed, count, heavyEvery)) {
    const described = { name: file.path, size: file.bytes.length, expected: file.expected };
    record(figures, described, () => judgeArticleFile(file));
  }
  return figures;
}
