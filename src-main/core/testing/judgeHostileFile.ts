import { loadAnnotationFile, type LoadedAnnotationFile } from '../annotations/loadAnnotationFile';
import type { Article } from '../articles/article';
import { parseArticleFile } from '../articles/parseArticleFile';
import { ParleyError } from '../errors';
import { isSafeJsonKey } from '../json/parseJsonSafely';
import { annotationFileNameFor, documentIdFromFileName } from '../project/annotationPaths';
import { CodePointIndex, codePointLength } from '../text/codePoints';
import { sha256OfText } from '../text/sha256';
import type { HostileAnnotationFile } from './hostileAnnotationFiles';
import type { HostileExpectation } from './hostileExpectation';
import type { HostileArticleFile } from './hostileArticleFiles';

export type HostileOutcome = 'refused' | 'loaded' | 'loaded-with-problems' | 'read-only';

export interface HostileVerdict {
  outcome: HostileOutcome;
  /** Milliseconds Parley took to decode and load the file, without the judge's own checks. */
  handlingMs: number;
  /** Every broken promise: an exception, a problem without file or path, a misdrawn span… */
  failures: string[];
}

function describeThrown(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.slice(0, 200)}` : String(error);
}

function meets(expected: HostileExpectation, outcome: HostileOutcome, problems: number): boolean {
  switch (expected) {
    case 'refused':
      return outcome === 'refused';
    case 'problem':
      return outcome === 'refused' || problems > 0;
    case 'read-only':
      return outcome === 'read-only';
    default:
      return true;
  }
}

/** Spans that would be drawn (not flagged) over text other than their own. */
function misdrawnSpans(loaded: LoadedAnnotationFile & { ok: true }, article: Article): string[] {
  const index = new CodePointIndex(article.text);
  const flagged = new Set(loaded.flagged.map((flag) => flag.annotationId));
  const misdrawn: string[] = [];
  for (const annotation of loaded.file.annotations) {
    if (flagged.has(annotation.id)) continue;
    const { start, end } = annotation;
    const inRange =
      Number.isSafeInteger(start) && Number.isSafeInteger(end) && 0 <= start && start < end;
    if (!inRange || end > index.codePointLength || index.slice(start, end) !== annotation.text)
      misdrawn.push(`span "${annotation.id}" would be drawn at [${start}, ${end}) over other text`);
  }
  return misdrawn;
}

/**
 * Reads a hostile annotation file as `parley validate` does (strict UTF-8, one leading BOM
 * dropped, then loadAnnotationFile with its article) and checks every promise: no exception,
 * every problem names the file and a JSON path, no span drawn over other text, and the
 * outcome the mutation calls for.
 */
export function judgeAnnotationFile(file: HostileAnnotationFile, article: Article): HostileVerdict {
  const began = performance.now();
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return { outcome: 'refused', handlingMs: performance.now() - began, failures: [] };
  }
  let loaded: LoadedAnnotationFile;
  try {
    loaded = loadAnnotationFile(text, file.name, article);
  } catch (error) {
    const handlingMs = performance.now() - began;
    return { outcome: 'refused', handlingMs, failures: [`threw ${describeThrown(error)}`] };
  }
  const handlingMs = performance.now() - began;
  const failures: string[] = [];
  for (const problem of loaded.problems) {
    if (problem.file !== file.name) failures.push(`a problem names "${problem.file}"`);
    if (!problem.jsonPath.startsWith('$')) failures.push(`a problem has no JSON path`);
    if (problem.message.trim() === '') failures.push('a problem has no message');
  }
  let outcome: HostileOutcome = 'refused';
  if (!loaded.ok) {
    if (loaded.problems.length === 0) failures.push('refused without saying why');
  } else {
    failures.push(...misdrawnSpans(loaded, article));
    if (loaded.readOnlyReason !== undefined && !loaded.readOnlyReason.includes(file.name))
      failures.push('the read-only reason does not name the file');
    outcome = loaded.readOnlyReason
      ? 'read-only'
      : loaded.problems.length > 0
        ? 'loaded-with-problems'
        : 'loaded';
  }
  if (!meets(file.expected, outcome, loaded.problems.length))
    failures.push(`expected ${file.expected}, but it was ${outcome}`);
  return { outcome, handlingMs, failures };
}

/** Broken promises of one article read from a file: ids, normalization, hash, length. */
function articleFailures(article: Article, file: HostileArticleFile): string[] {
  const failures: string[] = [];
  const { id, text } = article;
  if (documentIdFromFileName(annotationFileNameFor(id)) !== id)
    failures.push(
      `id ${JSON.stringify(id).slice(0, 80)} does not survive its annotation file name`,
    );
  if (article.path !== file.path && !article.path.startsWith(`${file.path}#`))
    failures.push(`path "${article.path}" is not the file's`);
  if (text.includes('\r')) failures.push('the text still holds a CR');
  if (article.textLength !== codePointLength(text)) failures.push('textLength is wrong');
  if (article.textSha256 !== sha256OfText(text)) failures.push('textSha256 is wrong');
  if (Object.keys(article.meta).some((key) => !isSafeJsonKey(key)))
    failures.push('meta holds a forbidden key');
  return failures;
}

/**
 * Reads a hostile article file with parseArticleFile and checks every promise: refused only
 * with a ParleyError naming the file; otherwise every article well-formed and ids unique.
 */
export function judgeArticleFile(file: HostileArticleFile): HostileVerdict {
  const began = performance.now();
  let articles: Article[];
  try {
    articles = parseArticleFile(file.bytes, file.path);
  } catch (error) {
    const handlingMs = performance.now() - began;
    const failures: string[] = [];
    if (!(error instanceof ParleyError)) failures.push(`threw ${describeThrown(error)}`);
    else if (error.file !== file.path) failures.push(`the error names "${error.file}"`);
    else if (error.problem.trim() === '') failures.push('the error does not say why');
    return { outcome: 'refused', handlingMs, failures };
  }
  const handlingMs = performance.now() - began;
  const failures = articles.flatMap((article) => articleFailures(article, file));
  if (new Set(articles.map((article) => article.id)).size !== articles.length)
    failures.push('two articles share an id');
  if (file.expected === 'refused') failures.push('expected refused, but it was loaded');
  return { outcome: 'loaded', handlingMs, failures };
}
