import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFromCommandLine } from './commandLine';

const cwd = resolve('/home/ana');

describe('projectFromCommandLine', () => {
  it.each([
    [['/opt/Parley/parley'], undefined],
    [['electron', '.', '--project=/data/talks'], resolve('/data/talks')],
    [['parley', '--project=talks'], join(cwd, 'talks')],
    [['parley', '--project='], undefined],
    [['parley', '--project', '/data/talks'], undefined],
    [['parley', '--project=/a', '--project=/b'], resolve('/a')],
    [['parley', '--no-sandbox', '--project=../shared/talks'], resolve(cwd, '../shared/talks')],
  ])('%j → %s', (argv, expected) => {
    expect(projectFromCommandLine(argv, cwd)).toBe(expected);
  });
});
