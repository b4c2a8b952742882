import type { CommandOutput } from '../commandLine';

/** A CommandOutput that keeps what was printed, for assertions. */
export function captureOutput(): CommandOutput & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (line) => stdout.push(line), error: (line) => stderr.push(line) };
}
