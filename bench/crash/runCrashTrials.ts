import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SeededRandom } from '../../src-main/core/testing/seededRandom';
import { ProjectService } from '../../src-main/services/projectService';
import { revisionOf } from '../../src-main/workspace/fileRevision';
import { nodeFileSystem } from '../../src-main/workspace/nodeFileSystem';
import { findTempFiles } from '../../src-main/workspace/testing/tempFiles';
import { prepareChild, type ChildCommand } from './prepareChild';
import { checkSavedFile } from './checkSavedFile';
import {
  SAVE_TARGETS,
  parseChildReport,
  relativeFilePath,
  targetOfSave,
  type SaveTarget,
} from './saveTargets';

const SAMPLE_PROJECT = resolve(import.meta.dirname, '../../resources/sample-project');
/** A child that neither reports ready nor dies within this is stuck: a failure in itself. */
const CHILD_TIMEOUT_MS = 15_000;

export interface CrashTrialOptions {
  kills: number;
  seed: number;
  /**
   * Most kills land uniformly in [0, maxDelayMs] after the child reports ready; one in ten
   * lands while it starts (and sweeps the temp files of the previous kill).
   */
  maxDelayMs: number;
  onProgress?: (figures: CrashFigures) => void;
}

export interface CrashFigures {
  kills: number;
  /** Kills that hit a child between `start n` and `done n`. */
  killsDuringSave: number;
  /** Kills that hit a child before it reported ready. */
  killsDuringStart: number;
  savesCompleted: number;
  filesChecked: number;
  /** Files that did not load, or held neither the last completed save nor the one in progress. */
  badFiles: number;
  tempFilesFoundAfterKills: number;
  tempFilesLeftAfterNextStart: number;
  elapsedMs: number;
  childStartedWith: string;
  /** The first few failures, described. */
  failures: string[];
}

interface ChildRun {
  /** Every save the child announced, and those it finished, in order. */
  started: number[];
  done: Map<number, string>;
  readyAfterMs: number | undefined;
  /** Why the child ended other than by our SIGKILL, if it did. */
  unexpectedEnd?: string;
}

/** When to kill: `delayMs` after the child was spawned (while it starts) or reported ready. */
interface KillMoment {
  after: 'spawn' | 'ready';
  delayMs: number;
}

function runChildUntilKilled(
  command: ChildCommand,
  projectPath: string,
  firstSave: number,
  moment: KillMoment,
): Promise<ChildRun> {
  const run: ChildRun = { started: [], done: new Map(), readyAfterMs: undefined };
  const spawnedAt = performance.now();
  const child = spawn(command.command, [...command.args, projectPath, String(firstSave)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let pending = '';
  let stderr = '';
  let stuck = false;
  const guard = setTimeout(() => {
    stuck = true;
    child.kill('SIGKILL');
  }, CHILD_TIMEOUT_MS);
  if (moment.after === 'spawn') setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const report = parseChildReport(line);
      if (report?.kind === 'ready') {
        run.readyAfterMs = performance.now() - spawnedAt;
        if (moment.after === 'ready') setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
      } else if (report?.kind === 'start') run.started.push(report.sequence);
      else if (report?.kind === 'done') run.done.set(report.sequence, report.revision);
    }
  });
  return new Promise((resolvePromise) => {
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      if (stuck) run.unexpectedEnd = `the child was stuck for ${CHILD_TIMEOUT_MS} ms`;
      else if (signal !== 'SIGKILL' || stderr !== '')
        run.unexpectedEnd = `the child ended with ${signal ?? `exit code ${code}`}: ${stderr.trim()}`;
      resolvePromise(run);
    });
  });
}

/**
 * Starts a child that saves annotation files through ProjectService in a loop, kills it with
 * SIGKILL at a random moment, checks every file and sweeps temp files by opening the project;
 * `kills` times over, on a fresh copy of the sample project.
 */
export async function runCrashTrials(options: CrashTrialOptions): Promise<CrashFigures> {
  const began = performance.now();
  const folder = mkdtempSync(join(tmpdir(), 'parley-crash-'));
  const figures: CrashFigures = {
    kills: 0,
    killsDuringSave: 0,
    killsDuringStart: 0,
    savesCompleted: 0,
    filesChecked: 0,
    badFiles: 0,
    tempFilesFoundAfterKills: 0,
    tempFilesLeftAfterNextStart: 0,
    elapsedMs: 0,
    childStartedWith: '',
    failures: [],
  };
  const fail = (failure: string) => {
    if (figures.failures.length < 10) figures.failures.push(failure);
  };
  try {
    const command = await prepareChild(folder);
    figures.childStartedWith = command.how;
    const projectPath = join(folder, 'project');
    cpSync(SAMPLE_PROJECT, projectPath, { recursive: true });
    const service = await ProjectService.open(nodeFileSystem, projectPath);
    const revisions = new Map<SaveTarget, string | null>();
    for (const target of SAVE_TARGETS) {
      const path = join(projectPath, relativeFilePath(target));
      revisions.set(target, existsSync(path) ? revisionOf(readFileSync(path)) : null);
    }
    const random = new SeededRandom(options.seed);
    let nextSave = 0;
    let startupMs = 100;
    for (let kill = 0; kill < options.kills; kill++) {
      const moment: KillMoment =
        random.next() < 0.1
          ? { after: 'spawn', delayMs: random.next() * startupMs }
          : { after: 'ready', delayMs: random.next() * options.maxDelayMs };
      const run = await runChildUntilKilled(command, projectPath, nextSave, moment);
      figures.kills++;
      if (run.readyAfterMs === undefined) figures.killsDuringStart++;
      else startupMs = run.readyAfterMs;
      if (run.unexpectedEnd) fail(`kill ${kill}: ${run.unexpectedEnd}`);
      figures.savesCompleted += run.done.size;
      const lastStarted = run.started.at(-1);
      const inProgress =
        lastStarted !== undefined && !run.done.has(lastStarted) ? lastStarted : undefined;
      if (inProgress !== undefined) figures.killsDuringSave++;
      nextSave = (lastStarted ?? nextSave - 1) + 1;

      for (const target of SAVE_TARGETS) {
        const ownSaves = run.started.filter((sequence) => targetOfSave(sequence) === target);
        const lastDone = ownSaves.filter((sequence) => run.done.has(sequence)).at(-1);
        const { problem, revision } = checkSavedFile(
          projectPath,
          target,
          await service.loadArticle(target.documentId),
          {
            previousRevision: revisions.get(target)!,
            lastDone:
              lastDone === undefined
                ? undefined
                : { sequence: lastDone, revision: run.done.get(lastDone)! },
            inProgress:
              inProgress !== undefined && ownSaves.includes(inProgress) ? inProgress : undefined,
          },
        );
        revisions.set(target, revision);
        if (revision !== null) figures.filesChecked++;
        if (problem) {
          figures.badFiles++;
          fail(`kill ${kill}: ${problem}`);
        }
      }
      figures.tempFilesFoundAfterKills += findTempFiles(projectPath).length;
      await ProjectService.open(nodeFileSystem, projectPath);
      const left = findTempFiles(projectPath);
      figures.tempFilesLeftAfterNextStart += left.length;
      if (left.length > 0) fail(`kill ${kill}: temp files survived the next start: ${left}`);
      figures.elapsedMs = performance.now() - began;
      options.onProgress?.(figures);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  figures.elapsedMs = performance.now() - began;
  return figures;
}
