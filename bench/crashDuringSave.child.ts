/**
 * The process the crash harness kills: opens a project and saves annotation files in a loop
 * through ProjectService, reporting each save on stdout (see crash/saveTargets.ts). Arguments:
 * <project folder> <first save number>.
 */
import { writeSync } from 'node:fs';
import {
  numberedAnnotations,
  numberedSaveTime,
} from '../src-main/core/testing/numberedAnnotations';
import { ProjectService } from '../src-main/services/projectService';
import { nodeFileSystem } from '../src-main/workspace/nodeFileSystem';
import { SAVE_TARGETS, targetOfSave } from './crash/saveTargets';

/** The parent never lets a child run this long; the cap only stops an orphan. */
const MAX_SAVES = 100_000;

function report(line: string): void {
  // Synchronous, so the line is in the pipe before the save it announces begins.
  writeSync(1, `${line}\n`);
}

const [projectPath, firstArgument] = process.argv.slice(2);
if (!projectPath || !firstArgument) throw new Error('usage: <project folder> <first save number>');
let sequence = Number(firstArgument);
const service = await ProjectService.open(nodeFileSystem, projectPath, {
  now: () => numberedSaveTime(sequence),
});
const revisions = new Map<string, string | null>();
for (const target of SAVE_TARGETS) {
  revisions.set(target.annotator, (await service.openDocument(target)).revision);
}
report('ready');
for (const last = sequence + MAX_SAVES; sequence < last; sequence++) {
  const target = targetOfSave(sequence);
  report(`start ${sequence}`);
  const result = await service.saveAnnotations({
    ...target,
    annotations: numberedAnnotations(await service.loadArticle(target.documentId), sequence),
    baseRevision: revisions.get(target.annotator) ?? null,
  });
  if (result.outcome !== 'saved') throw new Error(`save ${sequence}: ${JSON.stringify(result)}`);
  revisions.set(target.annotator, result.revision);
  report(`done ${sequence} ${result.revision}`);
}
