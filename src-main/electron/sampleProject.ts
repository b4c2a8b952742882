import { join } from 'node:path';
import { bundledSampleProject } from '../workspace/sampleProject';

/** Where the app keeps its own writable copy of the sample, under userData. */
export function sampleProjectCopyPath(userDataPath: string): string {
  return join(userDataPath, 'sample-project');
}

/**
 * The read-only sample project that ships with the app: `resources/sample-project` in the
 * repository during development, `<resources>/sample-project` (extraResources) when packaged.
 */
export function bundledSampleProjectPath(app: {
  isPackaged: boolean;
  appPath: string;
  resourcesPath: string;
}): string {
  return app.isPackaged
    ? join(app.resourcesPath, 'sample-project')
    : bundledSampleProject(app.appPath);
}
