import { resolve } from 'node:path';

const PROJECT_SWITCH = '--project=';

/**
 * The project named on the command line as `--project=<folder>` (relative to the working
 * directory), or undefined. Used at start and when a second launch hands over its arguments.
 */
export function projectFromCommandLine(
  argv: readonly string[],
  workingDirectory: string,
): string | undefined {
  const argument = argv.find((value) => value.startsWith(PROJECT_SWITCH));
  const folder = argument?.slice(PROJECT_SWITCH.length);
  return folder ? resolve(workingDirectory, folder) : undefined;
}
