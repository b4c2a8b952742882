/**
 * An error the user caused or can fix, phrased for them: it always names the file
 * and, where it applies, the JSON path inside it.
 */
export class ParleyError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly jsonPath?: string,
  ) {
    super(jsonPath ? `${file}: ${jsonPath}: ${problem}` : `${file}: ${problem}`);
    this.name = 'ParleyError';
  }
}

/** One problem found while validating a file; `jsonPath` is like `$.annotations[3].start`. */
export interface Problem {
  file: string;
  jsonPath: string;
  message: string;
  severity: 'error' | 'warning';
}

/** Formats a problem as the CLI prints it: `path: json.path: message`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}: ${problem.jsonPath}: ${problem.message}`;
}
