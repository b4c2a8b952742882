import { join } from 'node:path';
import { articleMetadataOf, type Article, type ArticleMetadata } from '../core/articles/article';
import type { JsonlLine } from '../core/articles/jsonlLines';
import { parseJsonlLine, parseTextArticle } from '../core/articles/parseArticleFile';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { decodeUtf8 } from '../core/text/decodeUtf8';
import { normalizeText } from '../core/text/normalizeText';
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
    const where = document.line ? `line ${document.line.number}` : undefined;
    let bytes: Uint8Array;
    try {
      bytes = await this.readBytes(document);
    } catch (error) {
      if (systemErrorCode(error) === 'ENOENT') throw new ParleyError(document.file, GONE);
      throw describeStorageError(error, document.file, 'read the file');
    }
    let article: Article | undefined;
    try {
      article = document.line
        ? parseJsonlLine(bytes, document.file, document.line.number, nodeSha256OfText)
        : parseTextArticle(
            normalizeText(decodeUtf8(bytes, document.file)),
            document.file,
            nodeSha256OfText,
          );
    } catch (error) {
      // It parsed when the project was indexed, so the file has changed since.
      if (!(error instanceof ParleyError)) throw error;
    }
    if (article?.id !== document.id || article.textSha256 !== document.textSha256)
      throw new ParleyError(document.file, CHANGED, where);
    return { ...articleMetadataOf(document), text: article.text };
  }

  /** How many documents are kept for quick reopening. */
  get keptCount(): number {
    return this.recent.size;
  }

  private readBytes(document: IndexedArticle): Promise<Uint8Array> {
    const path = join(this.realRoot, ...document.file.split('/'));
    if (!document.line)
      return readFileCapped(this.fileSystem, path, this.maxArticleFileSize, document.file);
    return this.fileSystem.readFileRange(path, document.line.byteOffset, document.line.byteLength);
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
