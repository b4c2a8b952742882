import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledSampleProjectPath, sampleProjectCopyPath } from './sampleProject';

describe('bundledSampleProjectPath', () => {
  it.each([
    [
      'in development, the repository’s resources folder',
      { isPackaged: false, appPath: '/work/parley', resourcesPath: '/electron/resources' },
      join('/work/parley', 'resources', 'sample-project'),
    ],
    [
      'when packaged, the app’s extra resources',
      {
        isPackaged: true,
        appPath: '/opt/Parley/resources/app.asar',
        resourcesPath: '/opt/Parley/resources',
      },
      join('/opt/Parley/resources', 'sample-project'),
    ],
  ])('%s', (_name, app, expected) => {
    expect(bundledSampleProjectPath(app)).toBe(expected);
  });
});

describe('sampleProjectCopyPath', () => {
  it('is a folder under userData', () => {
    expect(sampleProjectCopyPath('/home/ana/.config/Parley')).toBe(
      join('/home/ana/.config/Parley', 'sample-project'),
    );
  });
});
