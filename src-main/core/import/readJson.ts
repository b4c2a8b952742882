import type { ImportProblem } from './importedDocument';

const BYTE_ORDER_MARK = /^\uFEFF/;

/** `content` parsed as one JSON value, or undefined with a problem at `$`. */
export function readJson(content: string, problems: ImportProblem[]): unknown {
  try {
    return JSON.parse(content.replace(BYTE_ORDER_MARK, '')) as unknown;
  } catch (error) {
    problems.push({ path: '$', message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

export interface JsonLine {
  /** 1-based. */
  lineNumber: number;
  value: unknown;
}

/** Every non-blank line of `content` parsed as JSON; a line that is not valid JSON is a problem. */
export function readJsonLines(content: string, problems: ImportProblem[]): JsonLine[] {
  const lines: JsonLine[] = [];
  content
    .replace(BYTE_ORDER_MARK, '')
    .split(/\r\n|\n|\r/)
    .forEach((line, index) => {
      if (line.trim() === '') return;
      try {
        lines.push({ lineNumber: index + 1, value: JSON.parse(line) as unknown });
      } catch (error) {
        problems.push({
          path: `line ${index + 1}`,
          message: `not valid JSON: ${(error as Error).message}`,
        });
      }
    });
  return lines;
}
