import type { AttributeValue } from '../annotations/annotationSchema';
import { W3C_DOCUMENT_IRI_PREFIX } from '../export/w3cExporter';
import { z } from '../zodConfig';
import { checkSpanRange } from './checkSpanRange';
import type {
  ImportedDocument,
  ImportedSpan,
  ImportProblem,
  ImportResult,
} from './importedDocument';
import { parseWithSchema } from './parseWithSchema';
import { readJson, readJsonLines } from './readJson';

const offset = z.number().int().nonnegative();
const oneOrMany = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value) => (Array.isArray(value) ? value : [value]));

const annotationSchema = z.looseObject({
  body: oneOrMany(z.unknown()).optional(),
  target: oneOrMany(z.unknown()),
  creator: oneOrMany(z.unknown()).optional(),
  motivation: oneOrMany(z.string()).optional(),
});

const textualBodySchema = z.looseObject({
  type: z.literal('TextualBody').optional(),
  purpose: z.string().optional(),
  value: z.string(),
});

const targetSchema = z.looseObject({
  source: z.string(),
  selector: oneOrMany(z.unknown()).optional(),
});
const positionSelectorSchema = z.looseObject({
  type: z.literal('TextPositionSelector'),
  start: offset,
  end: offset,
});
const quoteSelectorSchema = z.looseObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
});

/** The annotation objects in what was read: a page, a collection's first page, an array or one. */
function annotationsIn(json: unknown): { value: unknown; path: string }[] {
  if (Array.isArray(json)) return json.map((value, index) => ({ value, path: `$[${index}]` }));
  if (json && typeof json === 'object') {
    if ('items' in json && Array.isArray(json.items)) {
      return json.items.map((value, index) => ({ value, path: `$.items[${index}]` }));
    }
    if ('first' in json && json.first && typeof json.first === 'object' && 'items' in json.first) {
      const items = Array.isArray(json.first.items) ? json.first.items : [];
      return items.map((value, index) => ({ value, path: `$.first.items[${index}]` }));
    }
  }
  return [{ value: json, path: '$' }];
}

function creatorName(creator: unknown): string | undefined {
  if (typeof creator === 'string') return creator;
  if (creator && typeof creator === 'object') {
    for (const key of ['nickname', 'name'] as const) {
      if (key in creator && typeof (creator as Record<string, unknown>)[key] === 'string') {
        return (creator as Record<string, string>)[key];
      }
    }
  }
  return undefined;
}

function sourceIdOf(source: string): string {
  if (!source.startsWith(W3C_DOCUMENT_IRI_PREFIX)) return source;
  try {
    return decodeURIComponent(source.slice(W3C_DOCUMENT_IRI_PREFIX.length));
  } catch {
    return source;
  }
}

/** One Web Annotation as a span and the document it targets, or undefined with problems. */
function parseAnnotation(
  value: unknown,
  path: string,
  problems: ImportProblem[],
): { source: string; annotator?: string; span: ImportedSpan } | undefined {
  const annotation = parseWithSchema(annotationSchema, value, path, problems);
  if (!annotation) return undefined;
  let label: string | undefined;
  const attributes: Record<string, AttributeValue> = {};
  const notes: string[] = [];
  for (const body of annotation.body ?? []) {
    const textual = textualBodySchema.safeParse(body);
    if (!textual.success) continue;
    const { purpose, value: bodyValue } = textual.data;
    const separator = bodyValue.indexOf('=');
    if (purpose === 'classifying' && separator > 0) {
      attributes[bodyValue.slice(0, separator)] = bodyValue.slice(separator + 1);
    } else if (purpose === 'commenting' || purpose === 'describing') {
      notes.push(bodyValue);
    } else if (label === undefined && (purpose === 'tagging' || purpose === undefined)) {
      label = bodyValue;
    }
  }
  if (label === undefined) {
    problems.push({
      path: `${path}.body`,
      message: 'no tagging body names a label; annotation skipped',
    });
    return undefined;
  }
  for (const [targetIndex, item] of annotation.target.entries()) {
    const target = targetSchema.safeParse(item);
    if (!target.success) continue;
    const selectors = target.data.selector ?? [];
    const position = selectors
      .map((selector) => positionSelectorSchema.safeParse(selector))
      .find((parsed) => parsed.success);
    if (!position?.data) {
      problems.push({
        path: `${path}.target`,
        message: 'no TextPositionSelector; quote-only annotations are not imported',
      });
      return undefined;
    }
    const quote = selectors
      .map((selector) => quoteSelectorSchema.safeParse(selector))
      .find((parsed) => parsed.success);
    const span: ImportedSpan = { start: position.data.start, end: position.data.end, label };
    if (quote?.data) span.text = quote.data.exact;
    if (Object.keys(attributes).length > 0) span.attributes = attributes;
    if (notes.length > 0) span.note = notes.join('\n');
    if (!checkSpanRange(span, undefined, `${path}.target[${targetIndex}]`, problems))
      return undefined;
    const annotator = creatorName(annotation.creator?.[0]);
    return { source: target.data.source, ...(annotator !== undefined ? { annotator } : {}), span };
  }
  problems.push({ path: `${path}.target`, message: 'no target with a source; annotation skipped' });
  return undefined;
}

/**
 * W3C Web Annotations: an AnnotationPage (what Parley writes), an AnnotationCollection with an
 * embedded first page, an array, a single Annotation, or JSON Lines of Annotations. Spans are
 * grouped into one document per target source and creator; offsets are code points.
 */
export function parseW3c(content: string): ImportResult {
  const problems: ImportProblem[] = [];
  const parseProblems: ImportProblem[] = [];
  const whole = readJson(content, parseProblems);
  let found: { value: unknown; path: string }[];
  if (whole !== undefined) {
    found = annotationsIn(whole);
  } else if (content.trim().includes('\n')) {
    found = readJsonLines(content, problems).map(({ lineNumber, value }) => ({
      value,
      path: `line ${lineNumber}: $`,
    }));
  } else {
    return { documents: [], problems: parseProblems };
  }
  const documents = new Map<string, ImportedDocument>();
  for (const { value, path } of found) {
    const parsed = parseAnnotation(value, path, problems);
    if (!parsed) continue;
    const key = JSON.stringify([parsed.source, parsed.annotator ?? null]);
    let document = documents.get(key);
    if (!document) {
      document = {
        sourceId: sourceIdOf(parsed.source),
        ...(parsed.annotator !== undefined ? { annotator: parsed.annotator } : {}),
        spans: [],
      };
      documents.set(key, document);
    }
    document.spans.push(parsed.span);
  }
  return { documents: [...documents.values()], problems };
}
