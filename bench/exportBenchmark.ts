import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportProject } from '../src-main/services/exportProject';
import { DEFAULT_LIMITS, indexProject } from '../src-main/services/projectIndex';
import { nodeFileSystem } from '../src-main/workspace/nodeFileSystem';
import { writeSyntheticProject } from './corpus/writeSyntheticProject';
import { medianMilliseconds, milliseconds, type BenchmarkRow } from './measure';

/**
 * Export of a project of news documents to jsonl and conll, against a raw baseline measured in
 * the same run: read every article and annotation file, JSON.parse, JSON.stringify, write.
 */
export async function exportBenchmark(documents = 10_000, runs = 3): Promise<BenchmarkRow[]> {
  const folder = mkdtempSync(join(tmpdir(), 'parley-bench-export-'));
  try {
    const project = writeSyntheticProject(join(folder, 'project'), documents, {
      seed: 7,
      documentLength: 4_000,
      spansPerDocument: 20,
      annotators: ['analyst'],
    });
    const baselineOut = join(folder, 'baseline.jsonl');
    const baseline = await medianMilliseconds(runs, () => {
      const descriptor = openSync(baselineOut, 'w');
      for (let position = 0; position < documents; position++) {
        const id = `doc-${String(position).padStart(5, '0')}`;
        const text = readFileSync(join(project.root, `${id}.txt`), 'utf8');
        const annotations = JSON.parse(
          readFileSync(join(project.root, 'annotations', 'analyst', `${id}.json`), 'utf8'),
        );
        writeSync(descriptor, `${JSON.stringify({ id, text, annotations })}\n`);
      }
      closeSync(descriptor);
    });
    const jsonlOut = join(folder, 'export.jsonl');
    const conllOut = join(folder, 'export.conll');
    const runExport = async (format: 'jsonl' | 'conll', out: string) => {
      const index = await indexProject(nodeFileSystem, project.root, DEFAULT_LIMITS);
      await exportProject(nodeFileSystem, index, { format, out, annotator: 'analyst' });
    };
    const jsonl = await medianMilliseconds(runs, () => runExport('jsonl', jsonlOut));
    const conll = await medianMilliseconds(runs, () => runExport('conll', conllOut));
    const conllLines = readFileSync(conllOut, 'utf8').split('\n').length;
    const linesPerSecond = conllLines / (conll / 1000);
    const megabytes = statSync(jsonlOut).size / 1024 / 1024;
    return [
      {
        name: `export jsonl, ${documents} news documents (${project.spans} spans, ${megabytes.toFixed(0)} MB)`,
        figure: milliseconds(jsonl),
        baseline: `${milliseconds(baseline)} raw read+parse+stringify+write`,
        ratio: baseline / jsonl,
        target: 'throughput ≥ 1/3 of baseline (ratio ≥ 0.33)',
        met: baseline / jsonl >= 1 / 3,
      },
      {
        name: `export conll, ${documents} news documents (${conllLines} lines)`,
        figure: `${Math.round(linesPerSecond).toLocaleString('en')} lines/s`,
        baseline: '200,000 lines/s',
        ratio: linesPerSecond / 200_000,
        target: '≥ 200,000 lines/s (ratio ≥ 1)',
        met: linesPerSecond >= 200_000,
      },
    ];
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
