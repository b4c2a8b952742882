import type { Article } from '../articles/article';
import { ParleyError, type Problem } from '../errors';
import { toJsonPath } from '../json/jsonPath';
import { parseJsonSafely } from '../json/parseJsonSafely';
import { CodePointIndex } from '../text/codePoints';
import {
  ANNOTATION_FORMAT,
  CURRENT_FORMAT_VERSION,
  type Annotation,
  type AnnotationFile,
} from './annotationSchema';
import { parseAnnotationFileShape } from './parseAnnotationFileShape';
import { anchorSpan, type AnchorResult } from './anchorSpan';

/** A span that could not be placed exactly: it is listed for attention, never drawn. */
export interface FlaggedAnnotation {
  annotationId: string;
  anchor: AnchorResult;
  message: string;
}

export type LoadedAnnotationFile =
  | {
      ok: true;
      /** Annotations whose anchor moved carry their new offsets; flagged ones keep the stored offsets. */
      file: AnnotationFile;
      /** Warnings, and span errors that re-anchoring could not repair. */
      problems: Problem[];
      flagged: FlaggedAnnotation[];
      /** Set when the file must not be written back, with the reason for the analyst. */
      readOnlyReason?: string;
    }
  | { ok: false; problems: Problem[] };

function refuse(file: string, jsonPath: string, message: string): LoadedAnnotationFile {
  return { ok: false, problems: [{ file, jsonPath, message, severity: 'error' }] };
}

/** The JSON path of the span at `index`; built only for a span with a problem. */
function spanPath(index: number): string {
  return toJsonPath(['annotations', index]);
}

function structuralProblems(file: AnnotationFile, fileName: string): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, number>();
  const extents = new Map<string, number>();
  file.annotations.forEach((annotation, index) => {
    if (annotation.end <= annotation.start) {
      problems.push({
        file: fileName,
        jsonPath: `${spanPath(index)}.end`,
        message: `end (${annotation.end}) must be greater than start (${annotation.start})`,
        severity: 'error',
      });
    }
    const previousId = ids.get(annotation.id);
    if (previousId !== undefined) {
      problems.push({
        file: fileName,
        jsonPath: `${spanPath(index)}.id`,
        message: `duplicate annotation id "${annotation.id}" (also at $.annotations[${previousId}])`,
        severity: 'error',
      });
    } else ids.set(annotation.id, index);
    const extent = `${annotation.label}\u0000${annotation.start}\u0000${annotation.end}`;
    const previousExtent = extents.get(extent);
    if (previousExtent !== undefined) {
      problems.push({
        file: fileName,
        jsonPath: spanPath(index),
        message: `exact duplicate of $.annotations[${previousExtent}] (same label, start and end)`,
        severity: 'error',
      });
    } else extents.set(extent, index);
  });
  return problems;
}

function describeAnchor(anchor: AnchorResult, offsets: string): string {
  switch (anchor.status) {
    case 'ambiguous':
      return `the span text ${offsets} no longer matches the document and occurs ${anchor.occurrences} times; the context does not tell which one`;
    case 'missing':
      return `the span text ${offsets} no longer occurs in the document`;
    default:
      return `the span was re-anchored from ${offsets}`;
  }
}

/**
 * The re-anchoring work allowed for one file, counted as candidate positions tried plus one
 * per 1,000 UTF-16 units of text searched (each roughly a microsecond). A real file needs a
 * few thousand; a hostile one (20,000 misplaced one-letter spans) would otherwise hold the app
 * for seconds. Past the budget, spans not found at their offsets are flagged without a search.
 */
export const REANCHOR_BUDGET = 200_000;

function isAtItsOffsets(index: CodePointIndex, annotation: Annotation): boolean {
  const { start, end } = annotation;
  return end <= index.codePointLength && start < end && index.slice(start, end) === annotation.text;
}

/** Checks every span against the article, re-anchoring where the text is not where it should be. */
function anchorAnnotations(file: AnnotationFile, fileName: string, article: Article) {
  const index = new CodePointIndex(article.text);
  let budget = REANCHOR_BUDGET;
  const problems: Problem[] = [];
  const flagged: FlaggedAnnotation[] = [];
  const textChanged = file.document.textSha256 !== article.textSha256;
  if (textChanged) {
    problems.push({
      file: fileName,
      jsonPath: '$.document.textSha256',
      message: `the document text has changed since this file was written (${article.path}); spans were re-anchored by their text and context`,
      severity: 'warning',
    });
  }
  const annotations = file.annotations.map((annotation, position) => {
    const searched = budget > 0 || isAtItsOffsets(index, annotation);
    const anchor: AnchorResult = searched
      ? anchorSpan(index, annotation)
      : { status: 'missing', occurrences: 0 };
    if (anchor.status === 'exact') return annotation;
    // The names for a problem are built only now: most spans of most files have none.
    const jsonPath = spanPath(position);
    const offsets = `[${annotation.start}, ${annotation.end})`;
    if (!searched) {
      const message = `the span text ${offsets} is not at its offsets, and this file has too many such spans to search for them all`;
      flagged.push({ annotationId: annotation.id, anchor, message });
      problems.push({ file: fileName, jsonPath, message, severity: 'error' });
      return annotation;
    }
    budget -= anchor.occurrences + 1 + Math.ceil(index.utf16Length / 1000);
    if (anchor.status === 'moved') {
      // With the same document text, offsets that miss their own text mean the file is wrong.
      problems.push({
        file: fileName,
        jsonPath,
        message: textChanged
          ? `${describeAnchor(anchor, offsets)} to [${anchor.start}, ${anchor.end})`
          : `the offsets ${offsets} do not match the span text, which was found at [${anchor.start}, ${anchor.end})`,
        severity: textChanged ? 'warning' : 'error',
      });
      return { ...annotation, start: anchor.start!, end: anchor.end! };
    }
    const message = describeAnchor(anchor, offsets);
    flagged.push({ annotationId: annotation.id, anchor, message });
    problems.push({ file: fileName, jsonPath, message, severity: 'error' });
    return annotation;
  });
  return { annotations, problems, flagged };
}

/**
 * Parses and validates an annotation file (JSON text) and, given its article, checks and
 * re-anchors every span. Never throws for bad input: everything is reported as problems
 * naming `fileName` and the JSON path.
 */
export function loadAnnotationFile(
  jsonText: string,
  fileName: string,
  article?: Article,
): LoadedAnnotationFile {
  let raw: unknown;
  try {
    raw = parseJsonSafely(jsonText, fileName);
  } catch (error) {
    if (error instanceof ParleyError) return refuse(fileName, error.jsonPath ?? '$', error.problem);
    throw error;
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return refuse(fileName, '$', 'an annotation file must be a JSON object');
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== ANNOTATION_FORMAT) {
    return refuse(
      fileName,
      '$.format',
      `must be "${ANNOTATION_FORMAT}" (is this a Parley annotation file?)`,
    );
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse(
      fileName,
      '$.version',
      `must be a whole number ≥ 1; this Parley writes version ${CURRENT_FORMAT_VERSION}`,
    );
  }
  let readOnlyReason: string | undefined;
  if (version > CURRENT_FORMAT_VERSION) {
    readOnlyReason = `${fileName} was written in Parley format version ${version}, newer than this Parley (version ${CURRENT_FORMAT_VERSION}). It is open read-only so that nothing the newer version stored is lost; update Parley to edit it.`;
  }

  const parsed = parseAnnotationFileShape(
    readOnlyReason ? { ...record, version: CURRENT_FORMAT_VERSION } : record,
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue): Problem => ({
      file: fileName,
      jsonPath: toJsonPath(issue.path),
      message: issue.message,
      severity: 'error',
    }));
    if (readOnlyReason)
      problems.unshift({
        file: fileName,
        jsonPath: '$.version',
        message: readOnlyReason,
        severity: 'error',
      });
    return { ok: false, problems };
  }
  const file = readOnlyReason ? { ...parsed.data, version } : parsed.data;
  const structural = structuralProblems(parsed.data, fileName);
  if (structural.length > 0) return { ok: false, problems: structural };
  if (!article)
    return { ok: true, file: file as AnnotationFile, problems: [], flagged: [], readOnlyReason };

  const anchored = anchorAnnotations(parsed.data, fileName, article);
  return {
    ok: true,
    file: { ...(file as AnnotationFile), annotations: anchored.annotations },
    problems: anchored.problems,
    flagged: anchored.flagged,
    readOnlyReason,
  };
}
