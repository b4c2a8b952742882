import { attributeValueSchema } from '../annotations/annotationSchema';
import { CodePointIndex } from '../text/codePoints';
import { z } from '../zodConfig';
import { checkSpanRange } from './checkSpanRange';
import type { ImportedDocument, ImportedSpan, ImportResult } from './importedDocument';
import { parseWithSchema } from './parseWithSchema';
import { readJsonLines } from './readJson';

const codePointOffset = z.number().int().nonnegative();

const lineSchema = z.looseObject({
  id: z.string().optional(),
  text: z.string().optional(),
  annotator: z.string().optional(),
  spans: z.array(z.unknown()).default([]),
});

const spanSchema = z.looseObject({
  start: codePointOffset,
  end: codePointOffset,
  label: z.string().min(1),
  text: z.string().optional(),
  attributes: z.record(z.string(), attributeValueSchema).optional(),
  note: z.string().nullable().optional(),
});

/** Parley's own dataset JSONL (what the `jsonl` exporter writes); offsets are code points. */
export function parseParleyJsonl(content: string): ImportResult {
  const problems: ImportResult['problems'] = [];
  const documents: ImportedDocument[] = [];
  for (const { lineNumber, value } of readJsonLines(content, problems)) {
    const base = `line ${lineNumber}: $`;
    const line = parseWithSchema(lineSchema, value, base, problems);
    if (!line) continue;
    const index = line.text === undefined ? undefined : new CodePointIndex(line.text);
    const spans: ImportedSpan[] = [];
    line.spans.forEach((item, spanIndex) => {
      const path = `${base}.spans[${spanIndex}]`;
      const parsed = parseWithSchema(spanSchema, item, path, problems);
      if (!parsed) return;
      const span: ImportedSpan = { start: parsed.start, end: parsed.end, label: parsed.label };
      if (parsed.text !== undefined) span.text = parsed.text;
      if (parsed.attributes && Object.keys(parsed.attributes).length > 0)
        span.attributes = parsed.attributes;
      if (parsed.note !== undefined && parsed.note !== null) span.note = parsed.note;
      if (checkSpanRange(span, index, path, problems)) spans.push(span);
    });
    documents.push({
      ...(line.id !== undefined ? { sourceId: line.id } : {}),
      ...(line.text !== undefined ? { text: line.text } : {}),
      ...(line.annotator !== undefined ? { annotator: line.annotator } : {}),
      spans,
    });
  }
  return { documents, problems };
}
