import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { startBrowserHost } from '../server/browserHost';
import { ProjectService } from '../services/projectService';
import { nodeFileSystem } from '../workspace/nodeFileSystem';
import { bundledSampleProject, ensureWritableSampleProject } from '../workspace/sampleProject';
import { parseCommandArgs, UsageError, type Command } from './commandLine';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');
const rendererFolder = join(repositoryRoot, 'out', 'renderer');

function userDataFolder(): string {
  return join(process.env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'parley');
}

/** Builds the renderer when there is no build yet, so `serve` works from a fresh clone. */
function ensureRendererBuilt(log: (line: string) => void): void {
  if (existsSync(join(rendererFolder, 'index.html'))) return;
  log('parley serve: building the app first (npm run build)…');
  const result = spawnSync('npm', ['run', 'build'], {
    cwd: repositoryRoot,
    stdio: ['ignore', 2, 2],
  });
  if (result.status !== 0) throw new Error('the build failed; run `npm run build` to see why');
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'run the workbench in your browser (served on 127.0.0.1 only)',
  usage: `parley serve [project] [--port N]

Serves the Parley workbench and its services over HTTP on 127.0.0.1 only, and prints the
address to open (it carries a per-launch token; keep it to yourself). With no project,
serves a writable copy of the sample project kept in ${join(userDataFolder(), 'sample-project')}.
--port 0 (the default) picks a free port. Stop with Ctrl+C.`,
  async run(args, output) {
    const { positionals, values } = parseCommandArgs(args, {
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    });
    if (values.help) {
      output.out(this.usage);
      return 0;
    }
    if (positionals.length > 1) throw new UsageError('name at most one project folder');
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
    const project =
      positionals[0] ??
      (await ensureWritableSampleProject(
        bundledSampleProject(repositoryRoot),
        join(userDataFolder(), 'sample-project'),
      ));
    ensureRendererBuilt(output.error);
    const service = await ProjectService.open(nodeFileSystem, project);
    const host = await startBrowserHost({ api: service, rendererFolder, port });
    output.out(`Parley is serving ${service.realRoot}`);
    output.out(`Open ${host.url}`);
    await new Promise<void>((resolveStop) => {
      // Running exports are cancelled so that they leave no temp files behind.
      const stop = () =>
        void Promise.all([host.close(), service.close()]).then(() => resolveStop());
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  },
};
