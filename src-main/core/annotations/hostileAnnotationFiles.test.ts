import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../articles/parseArticleFile';
import { sha256OfBytes } from '../text/sha256';
import { hostileAnnotationFiles } from '../testing/hostileAnnotationFiles';
import { prototypeChanges, runHostileAnnotationCorpus } from '../testing/runHostileCorpus';
import { UNICODE_CRLF_ARTICLE } from '../testing/sampleArticles';

const SAMPLE_ARTICLE = resolve(
  import.meta.dirname,
  '../../../resources/sample-project/000_9cdbc204e52fb821.txt',
);
const ARTICLES = [
  parseArticleFile(readFileSync(SAMPLE_ARTICLE), '000_9cdbc204e52fb821.txt')[0]!,
  parseArticleFile(new TextEncoder().encode(UNICODE_CRLF_ARTICLE), 'unicode.txt')[0]!,
];
/** The CI sample; `npx tsx bench/hostileInput.ts` runs the full 10,000. */
const SEED = 20261127;
const COUNT = 2000;
/** Every 400th file is heavy, so the sample holds each heavy kind once. */
const HEAVY_EVERY = 400;

function fingerprint(seed: number, count: number): string {
  const hashes = [...hostileAnnotationFiles(seed, count, ARTICLES, 1_000_000)].map(
    (file) => `${file.name}:${sha256OfBytes(file.bytes)}`,
  );
  return hashes.join('\n');
}

describe('hostile annotation files', () => {
  it('are generated the same from the same seed, and differently from another', () => {
    expect(fingerprint(7, 200)).toBe(fingerprint(7, 200));
    expect(fingerprint(8, 200)).not.toBe(fingerprint(7, 200));
  });

  it(`${COUNT} of them are each refused, or loaded with every promise kept`, () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const figures = runHostileAnnotationCorpus(SEED, COUNT, ARTICLES, HEAVY_EVERY);
    console.log(
      `hostile annotation files: ${figures.files} (${figures.largeFiles} over 1 MB), ` +
        `${JSON.stringify(figures.outcomes)}, ${figures.failedFiles} broken promises, ` +
        `max ${figures.maxMs.toFixed(1)} ms (${figures.slowestFile}), ` +
        `max over 1 MB ${figures.maxMsLarge.toFixed(0)} ms (${figures.slowestLargeFile})`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.files).toBe(COUNT);
    expect(prototypeChanges(prototypeBefore)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(figures.maxMs).toBeLessThan(1000);
    // 20 MB strings on a busy 2-core machine: generous, yet far from a hang or a blow-up.
    expect(figures.maxMsLarge).toBeLessThan(20_000);
  }, 120_000);
});
