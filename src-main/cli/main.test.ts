import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256OfText } from '../core/text/sha256';
import {
  copySampleProject,
  createTemporaryFolder,
  SAMPLE_PROJECT,
} from '../workspace/testing/temporaryFolder';
import { runCli } from './main';
import { captureOutput } from './testing/capturedOutput';

let project: { path: string; remove: () => void };
beforeEach(() => {
  project = copySampleProject();
});
afterEach(() => project.remove());

describe('parley validate', () => {
  it('exits 0 on the sample project', async () => {
    const output = captureOutput();
    expect(await runCli(['validate', SAMPLE_PROJECT], output)).toBe(0);
    expect(output.stderr).toEqual([]);
    expect(output.stdout).toEqual(['3 annotation files checked: all valid']);
  });

  it('prints path: json.path: message per problem and exits 1', async () => {
    const file = join(project.path, 'annotations/alice/517.json');
    const broken = JSON.parse(readFileSync(file, 'utf8'));
    broken.annotations[2].start = 'twelve';
    broken.annotations[4].text = 'something else entirely';
    broken.annotator = 'mallory';
    writeFileSync(file, JSON.stringify(broken));
    const output = captureOutput();
    expect(await runCli(['validate', project.path], output)).toBe(1);
    const shown = relative(process.cwd(), file);
    expect(output.stderr).toEqual([
      `${shown}: $.annotations[2].start: Invalid input: expected number, received string`,
    ]);

    delete broken.annotations[2].start;
    broken.annotations[2].start = 3;
    writeFileSync(file, JSON.stringify(broken));
    const second = captureOutput();
    expect(await runCli(['validate', file], second)).toBe(1);
    expect(second.stderr).toEqual([
      `${shown}: $.annotations[2]: the offsets [3, ${broken.annotations[2].end}) do not match the span text, which was found at [461, ${broken.annotations[2].end})`,
      `${shown}: $.annotations[4]: the span text [${broken.annotations[4].start}, ${broken.annotations[4].end}) no longer occurs in the document`,
      `${shown}: $.annotator: is "mallory" but the file lies in the folder of "alice"`,
    ]);
  });

  it('validates a loose file against the schema only, with a warning', async () => {
    const folder = createTemporaryFolder();
    const loose = join(folder.path, 'colleague.json');
    writeFileSync(loose, readFileSync(join(SAMPLE_PROJECT, 'annotations/bob/288.json')));
    const output = captureOutput();
    expect(await runCli(['validate', loose], output)).toBe(0);
    expect(output.stderr[0]).toMatch(/colleague\.json: \$: warning: not inside a project/);
    writeFileSync(loose, '[1, 2');
    expect(await runCli(['validate', loose], captureOutput())).toBe(1);
    folder.remove();
  });

  it('explains a missing path and a folder without a project', async () => {
    const output = captureOutput();
    expect(await runCli(['validate', join(project.path, 'nope.json')], output)).toBe(1);
    expect(output.stderr[0]).toMatch(
      /nope\.json: \$: could not read it: the file or folder does not exist \(ENOENT\)/,
    );
    const empty = createTemporaryFolder();
    const second = captureOutput();
    expect(await runCli(['validate', empty.path], second)).toBe(1);
    expect(second.stderr[0]).toContain('holds no Parley project');
    empty.remove();
  });
});

describe('parley stats', () => {
  it('prints the documented JSON shape with hashes of the document text', async () => {
    const output = captureOutput();
    expect(await runCli(['stats', SAMPLE_PROJECT, '--json'], output)).toBe(0);
    const stats = JSON.parse(output.stdout.join('\n'));
    expect(Object.keys(stats)).toEqual(['documents', 'labels']);
    expect(stats.documents[0]).toEqual({
      id: '288',
      path: '000_9cdbc204e52fb821.txt',
      title: 'Russia, U.S. give no sign of narrowing security differences',
      textSha256: '0e7e8567970f0104d80f19c52e105a13175effc48956dd5067c2589a1a38e7b1',
      textLength: 4247,
      annotators: { alice: 7, bob: 7 },
    });
    const raw = readFileSync(join(SAMPLE_PROJECT, '000_9cdbc204e52fb821.txt'), 'utf8');
    const documentText = raw.slice(raw.indexOf('\n', raw.indexOf('\n4\n') + 1) + 1);
    expect(sha256OfText(documentText)).toBe(stats.documents[0].textSha256);
    expect(stats.labels).toEqual({ demand: 7, denial: 7, threat: 3, offer: 4 });
  });
});

describe('parley init', () => {
  it('writes parley.json once and refuses to replace it', async () => {
    const folder = createTemporaryFolder();
    const target = join(folder.path, 'new-project');
    expect(await runCli(['init', target], captureOutput())).toBe(0);
    const config = JSON.parse(readFileSync(join(target, 'parley.json'), 'utf8'));
    expect(config).toMatchObject({ name: 'new-project', labelSet: 'speech-acts' });
    expect(config.attributes.map((attribute: { id: string }) => attribute.id)).toEqual([
      'source',
      'speaker',
      'target',
      'modality',
      'confidence',
    ]);
    const output = captureOutput();
    expect(await runCli(['init', target], output)).toBe(1);
    expect(output.stderr[0]).toMatch(/parley\.json: already exists/);
    folder.remove();
  });
});

describe('parley', () => {
  it('shows help for every command and refuses unknown ones', async () => {
    for (const command of ['validate', 'stats', 'init', 'serve']) {
      const output = captureOutput();
      expect(await runCli([command, '--help'], output)).toBe(0);
      expect(output.stdout[0]).toMatch(new RegExp(`^parley ${command}`));
    }
    const output = captureOutput();
    expect(await runCli(['frobnicate'], output)).toBe(2);
    expect(output.stderr[0]).toContain('unknown command "frobnicate"');
    const usage = captureOutput();
    expect(await runCli(['stats', '--bogus'], usage)).toBe(2);
    expect(usage.stderr[0]).toMatch(/^parley stats: Unknown option '--bogus'/);
    expect(existsSync(SAMPLE_PROJECT)).toBe(true);
  });
});
