import { CodePointIndex } from '../text/codePoints';
import { z } from '../zodConfig';
import { checkSpanRange } from './checkSpanRange';
import type { ImportedDocument, ImportedSpan, ImportResult } from './importedDocument';
import { parseWithSchema } from './parseWithSchema';
import { readJsonLines } from './readJson';

const codePointOffset = z.number().int().nonnegative();

const lineSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  text: z.string().optional(),
  // doccano before 1.0 called the text `data`.
  data: z.string().optional(),
  label: z.array(z.unknown()).optional(),
  entities: z.array(z.unknown()).optional(),
});

const tripleSchema = z.tuple([codePointOffset, codePointOffset, z.string().min(1)]);

const entitySchema = z.looseObject({
  start_offset: codePointOffset,
  end_offset: codePointOffset,
  label: z.string().min(1),
});

/**
 * doccano sequence-labelling JSONL: `label: [[start, end, label], …]`, or the `entities`
 * objects of doccano's relation export. Offsets are code points (doccano is Python).
 */
export function parseDoccano(content: string): ImportResult {
  const problems: ImportResult['problems'] = [];
  const documents: ImportedDocument[] = [];
  for (const { lineNumber, value } of readJsonLines(content, problems)) {
    const base = `line ${lineNumber}: $`;
    const line = parseWithSchema(lineSchema, value, base, problems);
    if (!line) continue;
    const text = line.text ?? line.data;
    const index = text === undefined ? undefined : new CodePointIndex(text);
    const spans: ImportedSpan[] = [];
    const keep = (span: ImportedSpan, path: string): void => {
      if (checkSpanRange(span, index, path, problems)) spans.push(span);
    };
    (line.label ?? []).forEach((item, itemIndex) => {
      const path = `${base}.label[${itemIndex}]`;
      if (typeof item === 'string') {
        problems.push({ path, message: `"${item}" is a document category, not a span; ignored` });
        return;
      }
      const triple = parseWithSchema(tripleSchema, item, path, problems);
      if (triple) keep({ start: triple[0], end: triple[1], label: triple[2] }, path);
    });
    (line.entities ?? []).forEach((item, itemIndex) => {
      const path = `${base}.entities[${itemIndex}]`;
      const entity = parseWithSchema(entitySchema, item, path, problems);
      if (entity)
        keep({ start: entity.start_offset, end: entity.end_offset, label: entity.label }, path);
    });
    documents.push({
      ...(line.id !== undefined ? { sourceId: String(line.id) } : {}),
      ...(text !== undefined ? { text } : {}),
      spans,
    });
  }
  return { documents, problems };
}
