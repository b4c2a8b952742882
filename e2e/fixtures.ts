/**
 * Each test gets a fresh temp copy of the sample project and the app opened on it.
 * Target `web` (default): the browser host (`parley serve`) plus Chromium. Target `electron`
 * (PARLEY_E2E_TARGET=electron): the same specs through `_electron.launch`, where an Electron
 * binary exists. Specs never import from src-*: they drive the app from outside.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test as base, _electron as electron, type Page } from '@playwright/test';
import { Workbench } from './pages/workbench';
import { startServe, stopProcess } from './support/servedHost';

const repositoryRoot = resolve(import.meta.dirname, '..');
export const target = process.env.PARLEY_E2E_TARGET === 'electron' ? 'electron' : 'web';

export interface ProjectFolder {
  path: string;
  /** Absolute path of a file inside the project. */
  file(relativePath: string): string;
}

/** The running app under test: its page, and ways to crash and restart it. */
export interface AppHost {
  page: Page;
  /** Stops the host process abruptly (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts the host again on the same project and opens the page again. */
  restart(): Promise<void>;
}

interface Options {
  /** Extra files written into the project before the app starts: relative path → content. */
  projectFiles: Record<string, string | Buffer>;
}

interface Fixtures {
  project: ProjectFolder;
  app: AppHost;
  workbench: Workbench;
}

export const test = base.extend<Options & Fixtures>({
  projectFiles: [{}, { option: true }],

  project: async ({ projectFiles }, use) => {
    const folder = mkdtempSync(join(tmpdir(), 'parley-e2e-'));
    const path = join(folder, 'project');
    cpSync(join(repositoryRoot, 'resources', 'sample-project'), path, { recursive: true });
    for (const [relativePath, content] of Object.entries(projectFiles)) {
      mkdirSync(dirname(join(path, relativePath)), { recursive: true });
      writeFileSync(join(path, relativePath), content);
    }
    await use({ path, file: (relativePath) => join(path, ...relativePath.split('/')) });
    rmSync(folder, { recursive: true, force: true });
  },

  app: async ({ project, playwright, launchOptions }, use) => {
    if (target === 'electron') {
      const userData = mkdtempSync(join(tmpdir(), 'parley-e2e-user-'));
      const launch = () =>
        electron.launch({
          args: [repositoryRoot, `--project=${project.path}`],
          env: { ...process.env, PARLEY_USER_DATA: userData },
        });
      let application = await launch();
      const host: AppHost = {
        page: await application.firstWindow(),
        async kill() {
          application.process().kill('SIGKILL');
        },
        async restart() {
          application = await launch();
          host.page = await application.firstWindow();
        },
      };
      await use(host);
      await application.close().catch(() => undefined);
      rmSync(userData, { recursive: true, force: true });
      return;
    }
    const browser = await playwright.chromium.launch(launchOptions);
    const page = await browser.newPage();
    let served = await startServe(project.path);
    await page.goto(served.url);
    await use({
      page,
      kill: () => stopProcess(served.process, 'SIGKILL'),
      async restart() {
        served = await startServe(project.path);
        await page.goto(served.url);
      },
    });
    await browser.close();
    await stopProcess(served.process, 'SIGTERM');
  },

  workbench: async ({ app }, use) => {
    const workbench = new Workbench(app.page);
    await workbench.waitUntilReady();
    await use(workbench);
  },
});

export { expect } from '@playwright/test';
