import { dirname } from 'node:path';
import { anchorSpan, type AnchorResult } from '../core/annotations/anchorSpan';
import {
  CURRENT_FORMAT_VERSION,
  ANNOTATION_FORMAT,
  type Annotation,
  type AnnotationFile,
  documentReferenceFor,
} from '../core/annotations/annotationSchema';
import { createAnnotation } from '../core/annotations/createAnnotation';
import { serializeAnnotationFile } from '../core/annotations/serializeAnnotationFile';
import { spanTextAndContext } from '../core/annotations/spanContext';
import type { Article } from '../core/articles/article';
import type {
  ImportedDocument,
  ImportedSpan,
  ImportProblem,
} from '../core/import/importedDocument';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { annotationFilePath } from '../core/project/annotationPaths';
import { CodePointIndex } from '../core/text/codePoints';
import { normalizeText } from '../core/text/normalizeText';
import { sha256OfText } from '../core/text/sha256';
import { writeFileAtomically } from '../workspace/atomicWrite';
import { resolveInsideProject } from '../workspace/projectPaths';
import type { IndexedArticle } from './articleStore';
import type { ProjectIndex } from './projectIndex';

export interface ImportedFileOutcome {
  documentId: string;
  /** Project-relative path of the annotation file written (or that would have been). */
  file: string;
  spans: number;
  /** How the document was recognised. */
  matchedBy: 'text' | 'id';
  written: boolean;
  /** The annotator already had a file for the document: replaced, or (without `replace`) kept. */
  existed: boolean;
}

export interface ImportReport {
  files: ImportedFileOutcome[];
  /** Imported documents that match no project document. */
  unmatched: string[];
  /** Everything skipped or changed, addressed by document and span. */
  problems: ImportProblem[];
}

export interface ImportOptionsForProject {
  annotator: string;
  /** Replace an existing file of this annotator (otherwise it is left alone, `existed` set). */
  replace?: boolean;
  /** Write only these project-relative annotation files; the others are skipped unreported. */
  only?: ReadonlySet<string>;
  /** ISO 8601 time stamped on the new spans. */
  now: string;
  /** Makes span ids; injectable for deterministic tests. */
  createId: () => string;
}

function findArticle(
  index: ProjectIndex,
  imported: ImportedDocument,
  byHash: ReadonlyMap<string, IndexedArticle>,
) {
  if (imported.text !== undefined) {
    const article = byHash.get(sha256OfText(normalizeText(imported.text)));
    if (article) return { article, matchedBy: 'text' as const };
  }
  const article =
    imported.sourceId === undefined ? undefined : index.documents.get(imported.sourceId);
  return article ? { article, matchedBy: 'id' as const } : undefined;
}

/**
 * The text of the project document an imported file matched, to place its spans; undefined,
 * with a problem naming `source` and the article file, when that file changed or went away.
 */
export async function readMatchedArticle(
  index: ProjectIndex,
  document: IndexedArticle,
  source: string,
  problems: { path: string; message: string }[],
): Promise<Article | undefined> {
  try {
    return await index.articles.read(document);
  } catch (error) {
    if (!(error instanceof ParleyError)) throw error;
    problems.push({ path: source, message: `not imported: ${error.message}` });
    return undefined;
  }
}

/** Where an imported span belongs in the project's text, judged by its own text and context. */
function placeSpan(
  articleIndex: CodePointIndex,
  sourceIndex: CodePointIndex | undefined,
  span: ImportedSpan,
): AnchorResult | 'unverified' {
  if (sourceIndex) {
    if (span.end > sourceIndex.codePointLength || span.start >= span.end)
      return { status: 'missing', occurrences: 0 };
    return anchorSpan(articleIndex, {
      start: span.start,
      end: span.end,
      ...spanTextAndContext(sourceIndex, span.start, span.end),
    });
  }
  if (span.text !== undefined)
    return anchorSpan(articleIndex, { start: span.start, end: span.end, text: span.text });
  return span.start < span.end && span.end <= articleIndex.codePointLength
    ? 'unverified'
    : { status: 'missing', occurrences: 0 };
}

/**
 * Turns documents read from another tool's files into Parley annotation files of `annotator`:
 * each document is matched to the project by text hash, then by id; every span is placed by
 * its text and context, and whatever cannot be placed exactly is reported, never guessed.
 */
export async function importIntoProject(
  fileSystem: FileSystem,
  index: ProjectIndex,
  documents: ImportedDocument[],
  options: ImportOptionsForProject,
): Promise<ImportReport> {
  const byHash = new Map(
    [...index.documents.values()].map((document) => [document.textSha256, document]),
  );
  const labels = new Set(index.config.labels.map((label) => label.id));
  const report: ImportReport = { files: [], unmatched: [], problems: [] };
  const spansByDocument = new Map<
    string,
    { article: IndexedArticle; matchedBy: 'text' | 'id'; annotations: Annotation[] }
  >();

  for (const [position, imported] of documents.entries()) {
    const name = imported.sourceId ?? `document ${position + 1}`;
    const match = findArticle(index, imported, byHash);
    if (!match) {
      report.unmatched.push(name);
      report.problems.push({
        path: name,
        message: 'matches no document of the project, by text or by id',
      });
      continue;
    }
    const { article, matchedBy } = match;
    const text = await readMatchedArticle(index, article, name, report.problems);
    if (!text) continue;
    const articleIndex = new CodePointIndex(text.text);
    const sourceIndex = imported.text === undefined ? undefined : new CodePointIndex(imported.text);
    const entry = spansByDocument.get(article.id) ?? { article, matchedBy, annotations: [] };
    const extents = new Set(
      entry.annotations.map(
        (annotation) => `${annotation.label}:${annotation.start}:${annotation.end}`,
      ),
    );
    imported.spans.forEach((span, spanPosition) => {
      const where = `${name}: span ${spanPosition + 1} (${span.label} [${span.start}, ${span.end}))`;
      const placed = placeSpan(articleIndex, sourceIndex, span);
      if (placed !== 'unverified' && placed.status !== 'exact' && placed.status !== 'moved') {
        report.problems.push({
          path: where,
          message:
            placed.status === 'ambiguous'
              ? `its text occurs ${placed.occurrences} times in the project's document; not imported`
              : "its text is not in the project's document; not imported",
        });
        return;
      }
      const start = placed === 'unverified' ? span.start : placed.start!;
      const end = placed === 'unverified' ? span.end : placed.end!;
      if (placed === 'unverified')
        report.problems.push({
          path: where,
          message: 'the file gives no text to check the offsets against; imported as given',
        });
      else if (placed.status === 'moved')
        report.problems.push({
          path: where,
          message: `placed at [${start}, ${end}) by its text, since the document text differs`,
        });
      if (!labels.has(span.label))
        report.problems.push({
          path: where,
          message: `label "${span.label}" is not in the project's label set; imported anyway`,
        });
      const extent = `${span.label}:${start}:${end}`;
      if (extents.has(extent)) {
        report.problems.push({
          path: where,
          message: 'an exact duplicate of another span; not imported',
        });
        return;
      }
      extents.add(extent);
      entry.annotations.push(
        createAnnotation(articleIndex, {
          id: options.createId(),
          label: span.label,
          start,
          end,
          attributes: span.attributes,
          note: span.note,
          now: options.now,
        }),
      );
    });
    spansByDocument.set(article.id, entry);
  }

  for (const { article, matchedBy, annotations } of spansByDocument.values()) {
    const relativePath = annotationFilePath(options.annotator, article.id);
    if (options.only && !options.only.has(relativePath)) continue;
    const absolutePath = await resolveInsideProject(fileSystem, index.realRoot, relativePath);
    const exists = await fileSystem.stat(absolutePath).then(
      () => true,
      () => false,
    );
    const outcome: ImportedFileOutcome = {
      documentId: article.id,
      file: relativePath,
      spans: annotations.length,
      matchedBy,
      written: false,
      existed: exists,
    };
    report.files.push(outcome);
    if (exists && !options.replace) continue;
    const file: AnnotationFile = {
      format: ANNOTATION_FORMAT,
      version: CURRENT_FORMAT_VERSION,
      document: documentReferenceFor(article),
      annotator: options.annotator,
      labelSet: index.config.labelSet,
      updatedAt: options.now,
      annotations,
    };
    await fileSystem.makeDirectory(dirname(absolutePath));
    await writeFileAtomically(
      fileSystem,
      absolutePath,
      serializeAnnotationFile(file),
      relativePath,
    );
    outcome.written = true;
  }
  return report;
}
