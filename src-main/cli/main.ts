import { ParleyError } from '../core/errors';
import { agreeCommand } from './agreeCommand';
import { consoleOutput, UsageError, type Command, type CommandOutput } from './commandLine';
import { exportCommand } from './exportCommand';
import { importCommand } from './importCommand';
import { initCommand } from './initCommand';
import { serveCommand } from './serveCommand';
import { statsCommand } from './statsCommand';
import { validateCommand } from './validateCommand';

export const commands: Command[] = [
  validateCommand,
  statsCommand,
  exportCommand,
  importCommand,
  agreeCommand,
  initCommand,
  serveCommand,
];

function overview(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'Usage: parley <command> [options]   (from the repository: npm run parley -- <command>)',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Run parley <command> --help for its options.',
  ].join('\n');
}

/** Runs the CLI with `args` (without node and script); returns the exit code. */
export async function runCli(
  args: string[],
  output: CommandOutput = consoleOutput,
): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    output.error(`parley: unknown command "${name}"\n\n${overview()}`);
    return 2;
  }
  try {
    return await command.run(rest, output);
  } catch (error) {
    if (error instanceof UsageError) {
      output.error(`parley ${command.name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    if (error instanceof ParleyError) {
      output.error(`parley ${command.name}: ${error.message}`);
      return 1;
    }
    output.error(
      `parley ${command.name}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = await runCli(process.argv.slice(2));
}
