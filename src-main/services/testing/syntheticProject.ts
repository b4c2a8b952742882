import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ANNOTATION_FORMAT,
  CURRENT_FORMAT_VERSION,
  documentReferenceFor,
} from '../../core/annotations/annotationSchema';
import { serializeAnnotationFile } from '../../core/annotations/serializeAnnotationFile';
import { parseArticleFile } from '../../core/articles/parseArticleFile';
import { numberedAnnotations } from '../../core/testing/numberedAnnotations';
import { createTemporaryFolder } from '../../workspace/testing/temporaryFolder';

const PARAGRAPH =
  'Moscow demanded guarantees on Thursday 🕊️, and Kyiv refused them; Brussels offered talks ' +
  'within weeks while Москва warned of consequences if 𝟓 conditions were not met. ';

/**
 * A project of `count` documents in one .jsonl collection, each about 1,800 code points long,
 * with a file of 1–5 spans by each of `annotators` (the same spans) for every document. Remove
 * it with `remove`.
 */
export function createSyntheticProject(
  count: number,
  annotators: readonly string[] = ['alice'],
): { path: string; remove: () => void } {
  const folder = createTemporaryFolder();
  const path = join(folder.path, 'project');
  mkdirSync(path);
  const lines = Array.from({ length: count }, (_, position) =>
    JSON.stringify({
      id: `d${position}`,
      title: `Document ${position}`,
      text: `${position}. ${PARAGRAPH.repeat(12)}`,
    }),
  );
  const collection = `${lines.join('\n')}\n`;
  writeFileSync(join(path, 'corpus.jsonl'), collection);
  const articles = parseArticleFile(new TextEncoder().encode(collection), 'corpus.jsonl');
  for (const annotator of annotators) {
    mkdirSync(join(path, 'annotations', annotator), { recursive: true });
    articles.forEach((article, position) => {
      const file = serializeAnnotationFile({
        format: ANNOTATION_FORMAT,
        version: CURRENT_FORMAT_VERSION,
        document: documentReferenceFor(article),
        annotator,
        annotations: numberedAnnotations(article, position),
      });
      writeFileSync(join(path, 'annotations', annotator, `${article.id}.json`), file);
    });
  }
  return { path, remove: folder.remove };
}
