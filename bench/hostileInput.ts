/**
 * Generates the full hostile corpus (10,000 annotation files, 1,000 article files) from a seed
 * and checks that every file is refused, or loaded with every promise kept. Usage:
 * npx tsx bench/hostileInput.ts [--annotation-files 10000] [--article-files 1000] [--seed 1].
 * Exits non-zero on any broken promise.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseArticleFile } from '../src-main/core/articles/parseArticleFile';
import {
  prototypeChanges,
  runHostileAnnotationCorpus,
  runHostileArticleCorpus,
  type CorpusFigures,
} from '../src-main/core/testing/runHostileCorpus';
import { UNICODE_CRLF_ARTICLE } from '../src-main/core/testing/sampleArticles';

const SAMPLE_ARTICLE = '000_9cdbc204e52fb821.txt';

function describeFigures(title: string, figures: CorpusFigures, seconds: number): string {
  return [
    `${title}: ${figures.files} files, ${seconds.toFixed(1)} s`,
    `  made to be: ${JSON.stringify(figures.expected)}`,
    `  refused:                      ${figures.outcomes.refused}`,
    `  loaded with problems:         ${figures.outcomes['loaded-with-problems']}`,
    `  opened read-only:             ${figures.outcomes['read-only']}`,
    `  loaded clean:                 ${figures.outcomes.loaded}`,
    `  broken promises:              ${figures.failedFiles}`,
    `  max ms per file (≤ 1 MB):     ${figures.maxMs.toFixed(1)} (${figures.slowestFile})`,
    `  max ms per file (${figures.largeFiles} > 1 MB): ${figures.maxMsLarge.toFixed(0)} (${figures.slowestLargeFile})`,
    ...figures.failures.map((failure) => `  FAILURE ${failure}`),
  ].join('\n');
}

function timed<T>(run: () => T): [T, number] {
  const began = performance.now();
  const result = run();
  return [result, (performance.now() - began) / 1000];
}

const { values } = parseArgs({
  options: {
    'annotation-files': { type: 'string', default: '10000' },
    'article-files': { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
const seed = Number(values.seed);
const articles = [
  parseArticleFile(
    readFileSync(resolve(import.meta.dirname, '../resources/sample-project', SAMPLE_ARTICLE)),
    SAMPLE_ARTICLE,
  )[0]!,
  parseArticleFile(new TextEncoder().encode(UNICODE_CRLF_ARTICLE), 'unicode.txt')[0]!,
];
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
const [annotationFigures, annotationSeconds] = timed(() =>
  runHostileAnnotationCorpus(seed, Number(values['annotation-files']), articles),
);
console.log(describeFigures('annotation files', annotationFigures, annotationSeconds));
const [articleFigures, articleSeconds] = timed(() =>
  runHostileArticleCorpus(seed, Number(values['article-files'])),
);
console.log(describeFigures('article files', articleFigures, articleSeconds));
const polluted = prototypeChanges(prototypeBefore);
console.log(`new keys on Object.prototype:   ${polluted.length} ${polluted.join(' ')}`);
process.exitCode =
  annotationFigures.failedFiles + articleFigures.failedFiles + polluted.length > 0 ? 1 : 0;
