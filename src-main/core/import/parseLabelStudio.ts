import type { AttributeValue } from '../annotations/annotationSchema';
import { CodePointIndex } from '../text/codePoints';
import { z } from '../zodConfig';
import { checkSpanRange } from './checkSpanRange';
import type {
  ImportedDocument,
  ImportedSpan,
  ImportProblem,
  ImportResult,
} from './importedDocument';
import { parseWithSchema } from './parseWithSchema';
import { readJson } from './readJson';

const offset = z.number().int().nonnegative();

const taskSchema = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  data: z.record(z.string(), z.unknown()).default({}),
  annotations: z.array(z.unknown()).optional(),
  // Label Studio before 1.0 called annotations "completions".
  completions: z.array(z.unknown()).optional(),
});

const annotationSchema = z.looseObject({
  result: z.array(z.unknown()).default([]),
  completed_by: z
    .union([z.number(), z.string(), z.looseObject({ email: z.string().optional() })])
    .optional(),
  was_cancelled: z.boolean().optional(),
});

const resultSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  from_name: z.string().optional(),
  value: z.looseObject({}),
  meta: z.looseObject({ text: z.array(z.string()).optional() }).optional(),
});

const labelsValueSchema = z.looseObject({
  start: offset,
  end: offset,
  text: z.string().optional(),
  labels: z.array(z.string().min(1)).min(1),
});

const choicesValueSchema = z.looseObject({ choices: z.array(z.string()).min(1) });
const textareaValueSchema = z.looseObject({ text: z.array(z.string()) });

/** Parley's exporter renames attribute controls that would clash with these two names. */
const attributeIdOf = (controlName: string): string =>
  controlName === 'attribute_label' || controlName === 'attribute_text'
    ? controlName.slice(10)
    : controlName;

function annotatorOf(data: Record<string, unknown>, completedBy: unknown): string | undefined {
  if (typeof data.annotator === 'string') return data.annotator;
  if (typeof completedBy === 'string') return completedBy;
  if (typeof completedBy === 'number') return String(completedBy);
  if (completedBy && typeof completedBy === 'object' && 'email' in completedBy) {
    return typeof completedBy.email === 'string' ? completedBy.email : undefined;
  }
  return undefined;
}

/**
 * Label Studio `<Text>` offsets are code points (see docs/export.md). Files from older
 * versions counted UTF-16 units; when only that reading matches the stated text, convert.
 */
function toCodePoints(
  span: ImportedSpan,
  index: CodePointIndex | undefined,
  path: string,
  problems: ImportProblem[],
): void {
  if (!index || span.text === undefined) return;
  const { start, end, text } = span;
  if (end <= index.codePointLength && index.slice(start, end) === text) return;
  if (end <= index.utf16Length && index.text.slice(start, end) === text) {
    span.start = index.toCodePoint(start);
    span.end = index.toCodePoint(end);
    problems.push({
      path,
      message: `offsets ${start}..${end} count UTF-16 units (older Label Studio); read as code points ${span.start}..${span.end}`,
    });
  }
}

function parseResults(
  results: unknown[],
  base: string,
  index: CodePointIndex | undefined,
  problems: ImportProblem[],
): ImportedSpan[] {
  const regions = new Map<string, ImportedSpan[]>();
  const spans: ImportedSpan[] = [];
  const parsed = results.flatMap((item, itemIndex) => {
    const path = `${base}[${itemIndex}]`;
    const result = parseWithSchema(resultSchema, item, path, problems);
    return result ? [{ result, path }] : [];
  });
  for (const { result, path } of parsed) {
    if (result.type !== 'labels') continue;
    const value = parseWithSchema(labelsValueSchema, result.value, `${path}.value`, problems);
    if (!value) continue;
    const regionSpans = value.labels.flatMap((label) => {
      const span: ImportedSpan = { start: value.start, end: value.end, label };
      if (value.text !== undefined) span.text = value.text;
      const note = result.meta?.text?.join('\n');
      if (note) span.note = note;
      toCodePoints(span, index, `${path}.value`, problems);
      return checkSpanRange(span, index, `${path}.value`, problems) ? [span] : [];
    });
    spans.push(...regionSpans);
    if (result.id !== undefined)
      regions.set(result.id, [...(regions.get(result.id) ?? []), ...regionSpans]);
  }
  for (const { result, path } of parsed) {
    if (result.type === 'labels') continue;
    const region = result.id === undefined ? undefined : regions.get(result.id);
    if (
      !region ||
      result.from_name === undefined ||
      !['choices', 'textarea'].includes(result.type)
    ) {
      problems.push({
        path,
        message: `a "${result.type}" result that belongs to no text span; ignored`,
      });
      continue;
    }
    let attribute: AttributeValue | undefined;
    if (result.type === 'choices') {
      const value = parseWithSchema(choicesValueSchema, result.value, `${path}.value`, problems);
      if (value && value.choices.length > 1) {
        problems.push({ path, message: `several choices for ${result.from_name}; kept the first` });
      }
      attribute = value?.choices[0];
    } else {
      attribute = parseWithSchema(
        textareaValueSchema,
        result.value,
        `${path}.value`,
        problems,
      )?.text.join('\n');
    }
    if (attribute === undefined) continue;
    for (const span of region)
      span.attributes = { ...span.attributes, [attributeIdOf(result.from_name)]: attribute };
  }
  return spans;
}

/** A Label Studio JSON export (an array of tasks, or one task): one document per annotation. */
export function parseLabelStudio(content: string): ImportResult {
  const problems: ImportProblem[] = [];
  const documents: ImportedDocument[] = [];
  const json = readJson(content, problems);
  if (json === undefined) return { documents, problems };
  const tasks = Array.isArray(json) ? json : [json];
  tasks.forEach((item, taskIndex) => {
    const base = Array.isArray(json) ? `$[${taskIndex}]` : '$';
    const task = parseWithSchema(taskSchema, item, base, problems);
    if (!task) return;
    const text = typeof task.data.text === 'string' ? task.data.text : undefined;
    const index = text === undefined ? undefined : new CodePointIndex(text);
    const sourceId =
      typeof task.data.document_id === 'string'
        ? task.data.document_id
        : task.id === undefined
          ? undefined
          : String(task.id);
    const shell = {
      ...(sourceId !== undefined ? { sourceId } : {}),
      ...(text !== undefined ? { text } : {}),
    };
    const key = task.annotations ? 'annotations' : 'completions';
    const annotations = task.annotations ?? task.completions ?? [];
    if (annotations.length === 0) documents.push({ ...shell, spans: [] });
    annotations.forEach((annotationItem, annotationIndex) => {
      const path = `${base}.${key}[${annotationIndex}]`;
      const annotation = parseWithSchema(annotationSchema, annotationItem, path, problems);
      if (!annotation) return;
      if (annotation.was_cancelled) {
        problems.push({ path, message: 'a skipped (cancelled) annotation; ignored' });
        return;
      }
      const annotator = annotatorOf(task.data, annotation.completed_by);
      documents.push({
        ...shell,
        ...(annotator !== undefined ? { annotator } : {}),
        spans: parseResults(annotation.result, `${path}.result`, index, problems),
      });
    });
  });
  return { documents, problems };
}
