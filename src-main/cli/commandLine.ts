import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Where a command writes; injectable so tests can read what it printed. */
export interface CommandOutput {
  out(line: string): void;
  error(line: string): void;
}

export const consoleOutput: CommandOutput = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

/** A CLI command: its help text and what it does; returns the exit code. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], output: CommandOutput): Promise<number>;
}

/** A mistake in how the command was called: printed with the command's usage, exit 2. */
export class UsageError extends Error {}

/** node:util parseArgs, with its errors turned into UsageErrors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** A comma-separated option value as a list, blanks dropped; undefined when the option is absent. */
export function parseList(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}
