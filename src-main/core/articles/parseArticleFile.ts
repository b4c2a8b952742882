import { ParleyError } from '../errors';
import { codePointLength } from '../text/codePoints';
import { decodeUtf8 } from '../text/decodeUtf8';
import { normalizeText } from '../text/normalizeText';
import { sha256OfText, type TextHasher } from '../text/sha256';
import { isSafeJsonKey, parseJsonSafely } from '../json/parseJsonSafely';
import type { Article } from './article';
import { jsonlLines, type JsonlLine } from './jsonlLines';

function createArticle(
  id: string,
  path: string,
  title: string,
  text: string,
  meta: Record<string, unknown>,
  hashText: TextHasher,
  /** The UTF-8 bytes of `text`, when they are at hand. */
  utf8?: Uint8Array,
): Article {
  return {
    id,
    path,
    title,
    text,
    textSha256: hashText(text, utf8),
    textLength: codePointLength(text),
    meta,
  };
}

function fileBaseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

const NUMBER_LINE = /^\d+$/;
const utf8Encoder = new TextEncoder();

/**
 * The lines of `text` (split at "\n") from its start, read only as far as the caller goes:
 * a header needs the first few lines of an article, not all of them split into strings.
 */
function* linesOf(text: string): Generator<string> {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if (end === -1) {
      yield text.slice(start);
      return;
    }
    yield text.slice(start, end);
    start = end + 1;
  }
}

/** The first line of `text` with anything but white space on it, trimmed; '' when none has. */
function firstNonBlankLine(text: string): string {
  for (const line of linesOf(text)) if (line.trim() !== '') return line.trim();
  return '';
}

/**
 * The field's article format: title, blank line, article id, a numeric code, then the
 * headline again and the body. The document text starts at the repeated headline.
 */
function parseFieldFormat(
  text: string,
  path: string,
  hashText: TextHasher,
  utf8: Uint8Array | undefined,
): Article | undefined {
  const [title, blank, id, code, headline] = linesOf(text);
  if (
    title === undefined ||
    headline === undefined ||
    title.trim() === '' ||
    blank?.trim() !== '' ||
    !NUMBER_LINE.test(id ?? '') ||
    !NUMBER_LINE.test(code ?? '') ||
    headline.trim() !== title.trim()
  ) {
    return undefined;
  }
  const headerLength = [title, blank, id, code].reduce((sum, line) => sum + line!.length + 1, 0);
  const body = utf8?.subarray(utf8Encoder.encode(text.slice(0, headerLength)).length);
  return createArticle(
    id!,
    path,
    title.trim(),
    text.slice(headerLength),
    { code: code! },
    hashText,
    body,
  );
}

/**
 * Parses a .txt article: the field's format when its header is present, else plain text.
 * `utf8`, when given, is exactly the UTF-8 of `normalizedText`, and is hashed instead of it.
 */
function parseTextArticle(
  normalizedText: string,
  path: string,
  hashText: TextHasher,
  utf8: Uint8Array | undefined,
): Article {
  const fieldArticle = parseFieldFormat(normalizedText, path, hashText, utf8);
  if (fieldArticle) return fieldArticle;
  const title = firstNonBlankLine(normalizedText);
  return createArticle(fileBaseName(path), path, title, normalizedText, {}, hashText, utf8);
}

/** Parses a .txt article file from its bytes (see parseTextArticle). */
export function parseTextArticleFile(
  bytes: Uint8Array,
  path: string,
  hashText: TextHasher = sha256OfText,
): Article {
  const decoded = decodeUtf8(bytes, path);
  const text = normalizeText(decoded);
  // Strict UTF-8 decodes one way only, so a text normalization left alone is its file's bytes.
  return parseTextArticle(text, path, hashText, text === decoded ? bytes : undefined);
}

const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * Why a .jsonl id cannot name a document, if it cannot. Ids become annotation file names, so
 * they must survive the trip to a file name and back, and mean the same to every other tool.
 */
function problemWithId(id: string | number): string | undefined {
  if (typeof id === 'number') {
    // JSON numbers past 2^53, fractions and -0 would silently become another id as strings.
    return Number.isSafeInteger(id) && !Object.is(id, -0)
      ? undefined
      : `"id" ${id} is not a whole number up to ${Number.MAX_SAFE_INTEGER}; write it as a string`;
  }
  if (id === '') return '"id" must not be empty';
  if (LONE_SURROGATE.test(id)) return '"id" holds a lone UTF-16 surrogate (\\uD800–\\uDFFF)';
  return undefined;
}

/**
 * Parses one line of a .jsonl collection, a `{"id", "title"?, "text", …}` object, from its UTF-8
 * bytes (the line break left out); undefined for a blank line. `lineNumber` is 1-based.
 */
export function parseJsonlLine(
  lineBytes: Uint8Array,
  path: string,
  lineNumber: number,
  hashText: TextHasher = sha256OfText,
): Article | undefined {
  const line = decodeUtf8(lineBytes, path);
  if (line.trim() === '') return undefined;
  const where = `line ${lineNumber}`;
  const value = parseJsonSafely(line, path, where);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ParleyError(path, 'each line must be a JSON object with "id" and "text"', where);
  }
  const record = value as Record<string, unknown>;
  const { id, title, text, ...rest } = record;
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new ParleyError(path, '"id" must be a string or a number', `${where}: $.id`);
  }
  const idProblem = problemWithId(id);
  if (idProblem) throw new ParleyError(path, idProblem, `${where}: $.id`);
  if (typeof text !== 'string') {
    throw new ParleyError(path, '"text" must be a string', `${where}: $.text`);
  }
  if (title !== undefined && typeof title !== 'string') {
    throw new ParleyError(path, '"title" must be a string', `${where}: $.title`);
  }
  const documentId = String(id);
  const documentText = normalizeText(text);
  const meta = Object.fromEntries(Object.entries(rest).filter(([key]) => isSafeJsonKey(key)));
  return createArticle(
    documentId,
    `${path}#${documentId}`,
    title === undefined ? firstNonBlankLine(documentText) : title.trim(),
    documentText,
    meta,
    hashText,
  );
}

/** A document read from an article file; for a .jsonl collection, with the line that holds it. */
export interface ParsedArticle {
  article: Article;
  line?: JsonlLine;
}

function parseJsonlCollection(
  bytes: Uint8Array,
  path: string,
  hashText: TextHasher,
): ParsedArticle[] {
  const parsed: ParsedArticle[] = [];
  const seenIds = new Map<string, number>();
  for (const line of jsonlLines(bytes)) {
    const lineBytes = bytes.subarray(line.byteOffset, line.byteOffset + line.byteLength);
    const article = parseJsonlLine(lineBytes, path, line.number, hashText);
    if (!article) continue;
    const previous = seenIds.get(article.id);
    if (previous !== undefined) {
      throw new ParleyError(
        path,
        `document id "${article.id}" repeats line ${previous}`,
        `line ${line.number}`,
      );
    }
    seenIds.set(article.id, line.number);
    parsed.push({ article, line });
  }
  return parsed;
}

/**
 * Reads the articles in one file from its raw bytes, each with where it lies in the file, so
 * that one document of a collection can later be read back alone (see parseArticleFile).
 */
export function parseArticleFileWithLines(
  bytes: Uint8Array,
  path: string,
  hashText: TextHasher = sha256OfText,
): ParsedArticle[] {
  if (path.toLowerCase().endsWith('.jsonl')) return parseJsonlCollection(bytes, path, hashText);
  return [{ article: parseTextArticleFile(bytes, path, hashText) }];
}

/**
 * Reads the articles in one file from its raw bytes. `path` is project-relative and is
 * used in messages and as the article's path. Throws ParleyError on anything unreadable.
 * `hashText` computes textSha256; Node passes its native SHA-256, which is about 3× faster.
 */
export function parseArticleFile(
  bytes: Uint8Array,
  path: string,
  hashText: TextHasher = sha256OfText,
): Article[] {
  return parseArticleFileWithLines(bytes, path, hashText).map(({ article }) => article);
}
