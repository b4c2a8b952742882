// npm run bench: every benchmark, each figure beside a baseline measured in the same run.
import { cpus, totalmem } from 'node:os';
import { agreementBenchmarks } from './agreementBenchmark';
import { exportBenchmark } from './exportBenchmark';
import type { BenchmarkRow } from './measure';
import { responsivenessBenchmarks } from './responsivenessBenchmark';
import { uiBenchmarks } from './uiBenchmark';

const suites: Record<string, () => Promise<BenchmarkRow[]>> = {
  export: () => exportBenchmark(),
  agreement: () => agreementBenchmarks(),
  ui: () => uiBenchmarks(),
  responsiveness: () => responsivenessBenchmarks(),
};

function printTable(rows: BenchmarkRow[]): void {
  const header = ['benchmark', 'figure', 'baseline (same run)', 'ratio', 'target', 'met'];
  const lines = rows.map((row) => [
    row.name,
    row.figure,
    row.baseline,
    row.ratio.toFixed(2),
    row.target,
    row.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]!.length)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const line of lines) console.log(format(line));
}

const wanted = process.argv.slice(2);
const rows: BenchmarkRow[] = [];
for (const [name, suite] of Object.entries(suites)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.error(`running ${name}…`);
  rows.push(...(await suite()));
}
console.log(
  `\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}\n`,
);
printTable(rows);
