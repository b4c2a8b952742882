import type { AttributeDefinition } from '../project/projectConfigSchema';
import type { ImportResult } from './importedDocument';
import { parseBrat, type BratInput } from './parseBrat';
import { parseDoccano } from './parseDoccano';
import { parseLabelStudio } from './parseLabelStudio';
import { parseParleyJsonl } from './parseParleyJsonl';
import { parseW3c } from './parseW3c';

export const IMPORT_FORMATS = ['jsonl', 'brat', 'doccano', 'label-studio', 'w3c'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

export type ImportInput =
  ({ format: 'brat' } & BratInput) | { format: Exclude<ImportFormat, 'brat'>; content: string };

export interface ImportOptions {
  /** The project's attributes: text values "true"/"false" of boolean attributes become booleans. */
  attributes?: readonly AttributeDefinition[];
}

function parse(input: ImportInput): ImportResult {
  switch (input.format) {
    case 'brat':
      return parseBrat(input);
    case 'jsonl':
      return parseParleyJsonl(input.content);
    case 'doccano':
      return parseDoccano(input.content);
    case 'label-studio':
      return parseLabelStudio(input.content);
    case 'w3c':
      return parseW3c(input.content);
  }
}

/**
 * Reads annotations written by another tool (offsets come back as code points). Never throws:
 * whatever cannot be read is a problem naming its line or JSON path.
 */
export function importAnnotations(input: ImportInput, options: ImportOptions = {}): ImportResult {
  let result: ImportResult;
  try {
    result = parse(input);
  } catch (error) {
    return {
      documents: [],
      problems: [{ path: '$', message: `could not read the file: ${String(error)}` }],
    };
  }
  const booleans = new Set(
    (options.attributes ?? [])
      .filter((attribute) => attribute.type === 'boolean')
      .map((attribute) => attribute.id),
  );
  if (booleans.size === 0) return result;
  for (const span of result.documents.flatMap((document) => document.spans)) {
    for (const [id, value] of Object.entries(span.attributes ?? {})) {
      if (booleans.has(id) && (value === 'true' || value === 'false'))
        span.attributes![id] = value === 'true';
    }
  }
  return result;
}
