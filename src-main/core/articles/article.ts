/** What identifies a document and describes its text, without the text itself. */
export interface ArticleMetadata {
  /** Unique within a project. */
  id: string;
  /** Project-relative path with "/" separators; `<file>#<id>` for a line of a .jsonl collection. */
  path: string;
  title: string;
  /** SHA-256 (hex) of the UTF-8 bytes of the document text. */
  textSha256: string;
  /** Length of the document text in Unicode code points. */
  textLength: number;
  /** Everything else the source file says about the document. */
  meta: Record<string, unknown>;
}

/** A document as Parley reads it: the normalized text plus what identifies it. */
export interface Article extends ArticleMetadata {
  /** The document text: normalized (no BOM, LF only); every offset points into it. */
  text: string;
}

/** Just the metadata of `article`: a copy that holds no text, whatever else `article` holds. */
export function articleMetadataOf(article: ArticleMetadata): ArticleMetadata {
  const { id, path, title, textSha256, textLength, meta } = article;
  return { id, path, title, textSha256, textLength, meta };
}

/** The extensions Parley reads as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.jsonl'] as const;

export function isArticleFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
