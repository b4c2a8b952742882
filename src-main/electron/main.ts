import { join } from 'node:path';
import { app, dialog, protocol } from 'electron';
import { ProjectService } from '../services/projectService';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { projectFromCommandLine } from './commandLine';
import { DesktopApp } from './desktopApp';
import { registerAppScheme } from './rendererProtocol';
import { bundledSampleProjectPath } from './sampleProject';

// Tests and portable setups run with their own profile. This must come before the
// single-instance lock, which lives in userData.
const userDataOverride = process.env.PARLEY_USER_DATA;
if (userDataOverride) app.setPath('userData', userDataOverride);
// Both must happen before the app is ready.
app.enableSandbox();
registerAppScheme(protocol);

let desktop: DesktopApp | undefined;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void desktop?.secondInstance(argv, workingDirectory);
  });
  app.on('activate', () => void desktop?.activate());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', (event) => desktop?.willQuit(event, () => app.quit()));
  app
    .whenReady()
    .then(async () => {
      // This file is built to out/main/index.js, beside out/preload and out/renderer.
      const builtFolder = join(import.meta.dirname, '..');
      desktop = await DesktopApp.start({
        userDataPath: app.getPath('userData'),
        rendererRoot: join(builtFolder, 'renderer'),
        preloadPath: join(builtFolder, 'preload', 'index.cjs'),
        startupProject: projectFromCommandLine(process.argv, process.cwd()),
        bundledSampleProject: bundledSampleProjectPath({
          isPackaged: app.isPackaged,
          appPath: app.getAppPath(),
          resourcesPath: process.resourcesPath,
        }),
        isDevelopment: !app.isPackaged,
        platform: process.platform,
        fileSystem: nodeFileSystem,
        openService: (root) => ProjectService.open(nodeFileSystem, root),
        log: console.error,
      });
    })
    .catch((error: unknown) => {
      console.error('parley: could not start', error);
      dialog.showErrorBox('Parley could not start', String(error));
      app.exit(1);
    });
}
