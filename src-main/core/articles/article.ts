/** A document as Parley reads it: the normalized text plus what identifies it. */
export interface Article {
  /** Unique within a project. */
  id: string;
  /** Project-relative path with "/" separators; `<file>#<id>` for a line of a .jsonl collection. */
  path: string;
  title: string;
  /** The document text: normalized (no BOM, LF only); every offset points into it. */
  text: string;
  /** SHA-256 (hex) of the UTF-8 bytes of `text`. */
  textSha256: string;
  /** Length of `text` in Unicode code points. */
  textLength: number;
  /** Everything else the source file says about the document. */
  meta: Record<string, unknown>;
}

/** The extensions Parley reads as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.jsonl'] as const;

export function isArticleFileName(fileName: string): boolean {
  const lower = fileName.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
