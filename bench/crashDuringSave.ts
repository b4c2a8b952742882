/**
 * Kills a process that is saving annotation files, again and again, and checks that no file
 * is ever corrupt or lost. Usage: npx tsx bench/crashDuringSave.ts [--kills 1000] [--seed 1]
 * [--max-delay-ms 40]. Exits non-zero on any failure.
 */
import { parseArgs } from 'node:util';
import { runCrashTrials, type CrashFigures } from './crash/runCrashTrials';

function describeFigures(figures: CrashFigures): string {
  return [
    `kills:                          ${figures.kills}`,
    `kills during a save:            ${figures.killsDuringSave}`,
    `kills during start-up:          ${figures.killsDuringStart}`,
    `saves completed:                ${figures.savesCompleted}`,
    `files checked:                  ${figures.filesChecked}`,
    `corrupt or wrong files:         ${figures.badFiles}`,
    `temp files found after kills:   ${figures.tempFilesFoundAfterKills}`,
    `temp files left after restart:  ${figures.tempFilesLeftAfterNextStart}`,
    `time:                           ${(figures.elapsedMs / 1000).toFixed(1)} s`,
    `child started with:             ${figures.childStartedWith}`,
    ...figures.failures.map((failure) => `FAILURE ${failure}`),
  ].join('\n');
}

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    'max-delay-ms': { type: 'string', default: '40' },
  },
});
const figures = await runCrashTrials({
  kills: Number(values.kills),
  seed: Number(values.seed),
  maxDelayMs: Number(values['max-delay-ms']),
  onProgress: (progress) => {
    if (progress.kills % 100 === 0)
      process.stderr.write(`${progress.kills} kills, ${progress.badFiles} bad files\n`);
  },
});
console.log(describeFigures(figures));
const failed =
  figures.badFiles > 0 || figures.tempFilesLeftAfterNextStart > 0 || figures.failures.length > 0;
process.exitCode = failed ? 1 : 0;
