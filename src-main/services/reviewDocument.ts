import type { Annotation } from '../core/annotations/annotationSchema';
import { loadAnnotationFile } from '../core/annotations/loadAnnotationFile';
import type { Article } from '../core/articles/article';
import type { Problem } from '../core/errors';
import { GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import { rejectionsOfFile, type Rejection } from '../core/review/adjudication';
import { decodeUtf8 } from '../core/text/decodeUtf8';
import type { ReviewDocument } from '../contract/parleyContract';

/** One annotator's file as read from disk; `bytes` undefined when there is none. */
export interface AnnotationFileBytes {
  relativePath: string;
  bytes: Uint8Array | undefined;
}

/**
 * Reads every annotator's file for one document: the spans that can be placed (flagged ones take
 * no part in review, as in agreement), and gold's rejections. Broken files become problems.
 */
export async function readReviewDocument(
  article: Article,
  annotators: readonly string[],
  read: (annotator: string) => Promise<AnnotationFileBytes>,
): Promise<ReviewDocument> {
  const sources: { annotator: string; annotations: Annotation[] }[] = [];
  const problems: Problem[] = [];
  let rejected: Rejection[] = [];
  for (const annotator of [...annotators].sort()) {
    const { bytes, relativePath } = await read(annotator);
    if (!bytes) continue;
    const loaded = loadAnnotationFile(decodeUtf8(bytes, relativePath), relativePath, article);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const flagged = new Set(loaded.flagged.map((flag) => flag.annotationId));
    sources.push({
      annotator,
      annotations: loaded.file.annotations.filter((annotation) => !flagged.has(annotation.id)),
    });
    if (annotator === GOLD_ANNOTATOR) {
      const parsed = rejectionsOfFile(loaded.file);
      if (parsed) rejected = parsed;
      else
        problems.push({
          file: relativePath,
          jsonPath: '$.rejected',
          message: 'is not a list of rejections; ignored',
          severity: 'warning',
        });
    }
  }
  return { documentId: article.id, sources, rejected, problems };
}
