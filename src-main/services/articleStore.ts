import { join } from 'node:path';
import { articleMetadataOf, type Article, type ArticleMetadata } from '../core/articles/article';
import { jsonlLines, type JsonlLine } from '../core/articles/jsonlLines';
import { parseJsonlLine, parseTextArticleFile } from '../core/articles/parseArticleFile';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { nodeSha256OfText } from '../workspace/nodeTextHash';
import { readFileCapped } from '../workspace/readFileCapped';
import { describeStorageError, systemErrorCode } from '../workspace/storageError';

/** A document as the project index keeps it: no text, but where to read the text from. */
export interface IndexedArticle extends ArticleMetadata {
  /** The article file, project-relative with "/" separators. */
  file: string;
  /** For a document of a .jsonl collection: the line that holds it. */
  line?: JsonlLine;
}

/** Each document's line in a .jsonl collection as the file was when last looked through. */
interface MovedLines {
  size: number;
  mtimeMs: number;
  lines: ReadonlyMap<string, JsonlLine>;
}

/** Documents kept once opened, so that switching back to one reads nothing from disk. */
const RECENT_DOCUMENTS = 8;
/** UTF-16 units the kept documents may hold together: 16 Mi units, 32 MB. */
const RECENT_TEXT_UNITS = 16 * 1024 * 1024;

const CHANGED = 'changed on disk since the project was opened; reopen the project to read it again';
const GONE = 'is gone since the project was opened (deleted or moved); reopen the project';

/**
 * Reads document texts on demand, so that a project index holds no text: each read re-reads the
 * article file (or, for a .jsonl collection, only the document's line) and refuses a text whose
 * SHA-256 is not the indexed one, since every offset of every annotation file depends on it.
 */
export class ArticleStore {
  /** Recently opened documents, least recent first. */
  private readonly recent = new Map<string, Article>();
  private recentTextUnits = 0;
  /**
   * Where each document's line is now, per .jsonl collection found edited since indexing (a
   * line above grew or shrank, or lines moved), with the file's size and time it was read at:
   * looked up again once per edit of the file, not per read.
   */
  private readonly movedLines = new Map<string, MovedLines>();

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly realRoot: string,
    private readonly documents: ReadonlyMap<string, IndexedArticle>,
    /** Bytes. */
    private readonly maxArticleFileSize: number,
  ) {}

  /** A document the analyst opens: one of the last few opened, else read from disk and kept. */
  async open(documentId: string): Promise<Article> {
    const kept = this.recent.get(documentId);
    if (kept) {
      this.forget(documentId);
      this.keep(kept);
      return kept;
    }
    const document = this.documents.get(documentId);
    if (!document) throw new ParleyError(documentId, 'is not a document of this project');
    const article = await this.read(document);
    this.keep(article);
    return article;
  }

  /** Reads a document from disk without keeping it: for work that passes over many documents. */
  async read(document: IndexedArticle): Promise<Article> {
    const line = this.movedLines.get(document.file)?.lines.get(document.id) ?? document.line;
    let article = await this.readAt(document, line);
    if (!this.isIndexedText(document, article) && line) {
      // A collection edited elsewhere: the document's line may only have moved.
      const moved = await this.findMovedLines(document.file);
      const now = moved.get(document.id);
      if (now && now !== line) article = await this.readAt(document, now);
    }
    if (!this.isIndexedText(document, article)) {
      const where = line ? `line ${line.number}` : undefined;
      throw new ParleyError(document.file, CHANGED, where);
    }
    return { ...articleMetadataOf(document), text: article.text };
  }

  /** The same document with the same text as indexed: every annotation's offsets depend on it. */
  private isIndexedText(
    document: IndexedArticle,
    article: Article | undefined,
  ): article is Article {
    return article?.id === document.id && article.textSha256 === document.textSha256;
  }

  /** The document parsed from its file or its line; undefined when it no longer parses. */
  private async readAt(
    document: IndexedArticle,
    line: JsonlLine | undefined,
  ): Promise<Article | undefined> {
    const bytes = await this.readBytes(document.file, line);
    try {
      return line
        ? parseJsonlLine(bytes, document.file, line.number, nodeSha256OfText)
        : parseTextArticleFile(bytes, document.file, nodeSha256OfText);
    } catch (error) {
      // It parsed when the project was indexed, so the file has changed since.
      if (!(error instanceof ParleyError)) throw error;
      return undefined;
    }
  }

  /**
   * Each document's line in a collection as the file is now. A line that no longer parses, or
   * an id on two lines, places nothing: those documents stay refused.
   */
  private async findMovedLines(file: string): Promise<ReadonlyMap<string, JsonlLine>> {
    const path = join(this.realRoot, ...file.split('/'));
    const stat = await this.fileSystem.stat(path).catch(() => undefined);
    const known = this.movedLines.get(file);
    if (known && stat && known.size === stat.size && known.mtimeMs === stat.mtimeMs) {
      return known.lines;
    }
    const bytes = await this.readBytes(file, undefined);
    const lines = new Map<string, JsonlLine>();
    const repeated = new Set<string>();
    for (const line of jsonlLines(bytes)) {
      const lineBytes = bytes.subarray(line.byteOffset, line.byteOffset + line.byteLength);
      let id: string | undefined;
      try {
        id = parseJsonlLine(lineBytes, file, line.number, nodeSha256OfText)?.id;
      } catch (error) {
        if (!(error instanceof ParleyError)) throw error;
      }
      if (id === undefined) continue;
      if (lines.has(id)) repeated.add(id);
      lines.set(id, line);
    }
    for (const id of repeated) lines.delete(id);
    if (stat) this.movedLines.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, lines });
    return lines;
  }

  /** How many documents are kept for quick reopening. */
  get keptCount(): number {
    return this.recent.size;
  }

  /** The whole file, or one line of it; a missing or unreadable file is named and explained. */
  private async readBytes(file: string, line: JsonlLine | undefined): Promise<Uint8Array> {
    const path = join(this.realRoot, ...file.split('/'));
    try {
      if (!line) return await readFileCapped(this.fileSystem, path, this.maxArticleFileSize, file);
      return await this.fileSystem.readFileRange(path, line.byteOffset, line.byteLength);
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') throw new ParleyError(file, GONE);
      throw describeStorageError(error, file, 'read the file');
    }
  }

  private keep(article: Article): void {
    this.forget(article.id);
    if (article.text.length > RECENT_TEXT_UNITS) return;
    this.recent.set(article.id, article);
    this.recentTextUnits += article.text.length;
    for (const documentId of this.recent.keys()) {
      if (this.recent.size <= RECENT_DOCUMENTS && this.recentTextUnits <= RECENT_TEXT_UNITS) break;
      this.forget(documentId);
    }
  }

  private forget(documentId: string): void {
    const kept = this.recent.get(documentId);
    if (!kept) return;
    this.recent.delete(documentId);
    this.recentTextUnits -= kept.text.length;
  }
}
