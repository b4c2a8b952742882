import { ParleyError, type Problem } from '../errors';
import { toJsonPath } from '../json/jsonPath';
import { parseJsonSafely } from '../json/parseJsonSafely';
import { projectConfigSchema, type ProjectConfig } from './projectConfigSchema';

export type LoadedProjectConfig =
  { ok: true; config: ProjectConfig } | { ok: false; problems: Problem[] };

/** Parses parley.json text; every problem names the file and the JSON path. */
export function loadProjectConfig(jsonText: string, fileName: string): LoadedProjectConfig {
  let raw: unknown;
  try {
    raw = parseJsonSafely(jsonText, fileName);
  } catch (error) {
    if (error instanceof ParleyError) {
      return {
        ok: false,
        problems: [
          {
            file: fileName,
            jsonPath: error.jsonPath ?? '$',
            message: error.problem,
            severity: 'error',
          },
        ],
      };
    }
    throw error;
  }
  const parsed = projectConfigSchema.safeParse(raw);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      file: fileName,
      jsonPath: toJsonPath(issue.path),
      message: issue.message,
      severity: 'error' as const,
    })),
  };
}

/** parley.json as Parley writes it: 2-space indent and a trailing newline. */
export function serializeProjectConfig(config: ProjectConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}
