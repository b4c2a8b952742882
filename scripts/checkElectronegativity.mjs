/**
 * `npm run security`: runs electronegativity over the built app (out/) and fails on any HIGH
 * finding. Run `npm run build` first. Offline, it warns that it cannot fetch Electron releases
 * or translations; the checks themselves need no network.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ELECTRON_VERSION = '45.5.0';
const repositoryRoot = resolve(import.meta.dirname, '..');
const builtApp = join(repositoryRoot, 'out');

/** Rows of a CSV text: fields split on commas, "quoted" fields may hold commas and "" quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field.trim());
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index++;
      row.push(field.trim());
      if (row.some((value) => value !== '')) rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  row.push(field.trim());
  if (row.some((value) => value !== '')) rows.push(row);
  return rows;
}

function main() {
  if (!existsSync(builtApp)) {
    console.error('security: out/ does not exist; run `npm run build` first');
    return 2;
  }
  const folder = mkdtempSync(join(tmpdir(), 'parley-electronegativity-'));
  try {
    const report = join(folder, 'report.csv');
    const run = spawnSync(
      join(repositoryRoot, 'node_modules', '.bin', 'electronegativity'),
      ['-i', builtApp, '-e', ELECTRON_VERSION, '-r', '-o', report],
      { encoding: 'utf8' },
    );
    if (!existsSync(report)) {
      console.error(`security: electronegativity wrote no report\n${run.stdout}${run.stderr}`);
      return 2;
    }
    const [header, ...rows] = parseCsv(readFileSync(report, 'utf8'));
    const column = (name) => header.indexOf(name);
    const findings = rows.map((row) => ({
      issue: row[column('issue')],
      severity: row[column('severity')],
      confidence: row[column('confidence')],
      where: `${row[column('filename')]}:${row[column('location')]}`,
      sample: row[column('sample')],
    }));
    for (const finding of findings) {
      console.log(
        `${finding.severity.padEnd(13)} ${finding.confidence.padEnd(9)} ${finding.issue} ${finding.where}\n    ${finding.sample}`,
      );
    }
    const high = findings.filter((finding) => finding.severity === 'HIGH');
    console.log(
      `security: ${findings.length} findings, ${high.length} HIGH (electronegativity, Electron ${ELECTRON_VERSION})`,
    );
    return high.length > 0 ? 1 : 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = main();
