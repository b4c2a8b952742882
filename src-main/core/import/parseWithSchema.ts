import type { z } from '../zodConfig';
import type { ImportProblem } from './importedDocument';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `base` extended by `path` in JSONPath notation: `$`, `.name`, `[3]`, `["odd key"]`. */
export function jsonPath(base: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((result, key) => {
    if (typeof key === 'number') return `${result}[${key}]`;
    const name = String(key);
    return IDENTIFIER.test(name) ? `${result}.${name}` : `${result}[${JSON.stringify(name)}]`;
  }, base);
}

/** `value` parsed by `schema`, or undefined with one problem per issue, each at its JSON path. */
export function parseWithSchema<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  path: string,
  problems: ImportProblem[],
): z.output<Schema> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ path: jsonPath(path, issue.path), message: issue.message });
  }
  return undefined;
}
