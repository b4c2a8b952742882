import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');

/** A running `parley serve` and the address (with its token) it printed. */
export interface ServedHost {
  process: ChildProcess;
  url: string;
}

/**
 * Starts `parley serve <project>` and waits for the address it prints. One process, Node with
 * tsx's loader: the `tsx` command would run the server in a child of its own, which killing the
 * `tsx` process leaves running.
 */
export function startServe(projectPath: string): Promise<ServedHost> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src-main/cli/main.ts', 'serve', projectPath],
    {
      cwd: repositoryRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolveHost, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`parley serve did not start:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveHost({ process: child, url: match[1]! });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`parley serve exited with ${code}:\n${output}`));
    });
  });
}

/** Sends `signal` and waits until the process has exited. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  child.kill(signal);
  await exited;
}
