import { describe, expect, it } from 'vitest';
import { sha256OfBytes } from '../text/sha256';
import { hostileArticleFiles } from '../testing/hostileArticleFiles';
import { prototypeChanges, runHostileArticleCorpus } from '../testing/runHostileCorpus';

/** The CI sample; `npx tsx bench/hostileInput.ts` runs the full 1,000. */
const SEED = 20261127;
const COUNT = 300;
/** Every 150th file is heavy: a 20 MB .txt and a 20 MB .jsonl line. */
const HEAVY_EVERY = 150;

function fingerprint(seed: number): string {
  return [...hostileArticleFiles(seed, 100, 1_000_000)]
    .map((file) => `${file.path}:${sha256OfBytes(file.bytes)}`)
    .join('\n');
}

describe('hostile article files', () => {
  it('are generated the same from the same seed, and differently from another', () => {
    expect(fingerprint(7)).toBe(fingerprint(7));
    expect(fingerprint(8)).not.toBe(fingerprint(7));
  });

  it(`${COUNT} of them are each refused naming the file, or read into sound articles`, () => {
    const prototypeBefore = Object.getOwnPropertyNames(Object.prototype);
    const figures = runHostileArticleCorpus(SEED, COUNT, HEAVY_EVERY);
    console.log(
      `hostile article files: ${figures.files} (${figures.largeFiles} over 1 MB), ` +
        `${JSON.stringify(figures.outcomes)}, ${figures.failedFiles} broken promises, ` +
        `max ${figures.maxMs.toFixed(1)} ms (${figures.slowestFile}), ` +
        `max over 1 MB ${figures.maxMsLarge.toFixed(0)} ms (${figures.slowestLargeFile})`,
    );
    expect(figures.failures).toEqual([]);
    expect(prototypeChanges(prototypeBefore)).toEqual([]);
    expect(figures.maxMs).toBeLessThan(1000);
    // Reading 20 MB is linear work (SHA-256 in JavaScript dominates): generous on a busy machine.
    expect(figures.maxMsLarge).toBeLessThan(20_000);
  }, 120_000);
});
