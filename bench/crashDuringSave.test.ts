import { expect, it } from 'vitest';
import { runCrashTrials } from './crash/runCrashTrials';

/** The short run; `npx tsx bench/crashDuringSave.ts --kills 1000` is the long one. */
const KILLS = 100;

it(`no annotation file is corrupt or lost after ${KILLS} SIGKILLs during saves`, async () => {
  const figures = await runCrashTrials({ kills: KILLS, seed: 20261127, maxDelayMs: 40 });
  console.log(
    `crash during save: ${figures.kills} kills (${figures.killsDuringSave} during a save, ` +
      `${figures.killsDuringStart} during start-up), ${figures.filesChecked} files checked, ` +
      `${figures.badFiles} corrupt or wrong, ${figures.tempFilesLeftAfterNextStart} temp files ` +
      `left after restart, ${(figures.elapsedMs / 1000).toFixed(1)} s`,
  );
  expect(figures.failures).toEqual([]);
  expect(figures).toMatchObject({ kills: KILLS, badFiles: 0, tempFilesLeftAfterNextStart: 0 });
  expect(figures.killsDuringSave).toBeGreaterThan(KILLS / 2);
}, 180_000);
