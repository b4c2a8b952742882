import type { AgreementSpan } from '../core/agreement/agreementInput';
import type { AgreementReport } from '../core/agreement/agreementReport';
import { AgreementComputation } from '../core/agreement/computeAgreementReport';
import type { Article } from '../core/articles/article';
import { ParleyError, type Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import { listAllAnnotationFiles } from '../workspace/projectFolder';
import type { IndexedArticle } from './articleStore';
import { createYielder } from './createYielder';
import { problemFromError, type ProjectIndex } from './projectIndex';
import { readAhead } from './readAhead';
import { checkAnnotationFile, type CheckedAnnotationFile } from './validateProject';

export interface AgreementSelection {
  /** Default: every annotator with files, except gold. */
  annotators?: readonly string[];
  /**
   * Default: the documents every selected annotator has a file for. Named documents are used
   * as given; an annotator without a file there counts as having tagged nothing.
   */
  documents?: readonly string[];
  /** Default: the project's labels. */
  labels?: readonly string[];
}

export interface ProjectAgreement {
  report: AgreementReport;
  /** Invalid annotation files that were left out. */
  problems: Problem[];
}

/** How far a computation got: `done` of `total` annotation files read. */
export interface AgreementProgress {
  /** `reading` the files and adding up each document, then `computing` the totals. */
  phase: 'reading' | 'computing';
  done: number;
  total: number;
}

export interface AgreementWatch {
  /** Called once the files are listed (0 done), after each document, and before the totals. */
  onProgress?: (progress: AgreementProgress) => void;
  /** Stops the computation: it then throws. */
  signal?: AbortSignal;
}

/** The selected annotators' files, by document id then annotator (names only; nothing read). */
async function listSelectedFiles(
  fileSystem: FileSystem,
  index: ProjectIndex,
  selection: AgreementSelection,
  problems: Problem[],
): Promise<{ annotators: readonly string[]; files: Map<string, Map<string, string>> }> {
  // In the selection's order of annotators, as the report lists them.
  const listed = selection.annotators
    ? await listAllAnnotationFiles(fileSystem, index.realRoot, selection.annotators)
    : (await listAllAnnotationFiles(fileSystem, index.realRoot)).filter(
        (file) => file.annotator !== GOLD_ANNOTATOR,
      );
  const annotators = selection.annotators ?? [...new Set(listed.map((file) => file.annotator))];
  const files = new Map<string, Map<string, string>>();
  for (const { annotator, fileName, documentId } of listed) {
    if (documentId !== undefined && index.documents.has(documentId)) {
      const byAnnotator = files.get(documentId) ?? new Map<string, string>();
      files.set(documentId, byAnnotator.set(annotator, fileName));
      continue;
    }
    // A file about no document of the project is left out; checking it says why.
    const checked = await checkAnnotationFile(fileSystem, index, annotator, fileName);
    problems.push(...checked.loaded.problems);
  }
  return { annotators, files };
}

/** A document's text and its selected files, checked against it, or why the text is unread. */
async function readDocument(
  fileSystem: FileSystem,
  index: ProjectIndex,
  document: IndexedArticle,
  files: ReadonlyMap<string, string>,
): Promise<{ checked: CheckedAnnotationFile[]; problems: Problem[] }> {
  if (files.size === 0) return { checked: [], problems: [] };
  let article: Article;
  try {
    article = await index.articles.read(document);
  } catch (error) {
    return { checked: [], problems: [problemFromError(error, document.file)] };
  }
  const checked = await Promise.all(
    [...files].map(([annotator, fileName]) =>
      checkAnnotationFile(fileSystem, index, annotator, fileName, undefined, article),
    ),
  );
  return { checked, problems: [] };
}

/**
 * Reads the selected annotators' files document by document, each checked against its text,
 * and computes every agreement figure over them. Only a few documents are in memory at a time,
 * and other work (progress polls) runs every few milliseconds meanwhile.
 */
export async function computeProjectAgreement(
  fileSystem: FileSystem,
  index: ProjectIndex,
  selection: AgreementSelection = {},
  watch: AgreementWatch = {},
): Promise<ProjectAgreement> {
  const problems: Problem[] = [];
  const { annotators, files } = await listSelectedFiles(fileSystem, index, selection, problems);
  const computation = new AgreementComputation({
    annotators,
    labels: selection.labels ?? index.config.labels.map((label) => label.id),
    attributes: index.config.attributes,
  });
  const documents: IndexedArticle[] = selection.documents
    ? selection.documents.map((id) => {
        const document = index.documents.get(id);
        if (!document) throw new ParleyError(id, 'is not a document of this project');
        return document;
      })
    : [...index.documents.values()].filter(
        (document) =>
          annotators.length > 0 && annotators.every((name) => files.get(document.id)?.has(name)),
      );
  const noFiles = new Map<string, string>();
  const filesOf = (document: IndexedArticle) => files.get(document.id) ?? noFiles;
  const progress: AgreementProgress = {
    phase: 'reading',
    done: 0,
    total: documents.reduce((sum, document) => sum + filesOf(document).size, 0),
  };
  watch.onProgress?.({ ...progress });
  const yieldToOtherWork = createYielder();
  let position = 0;
  for await (const read of readAhead(documents, (document) =>
    readDocument(fileSystem, index, document, filesOf(document)),
  )) {
    if (watch.signal?.aborted) throw new Error('the agreement report was cancelled');
    const document = documents[position++]!;
    problems.push(...read.problems);
    // Spans that cannot be placed have no trustworthy extent: they take no part in agreement.
    const spansByAnnotator = new Map<string, readonly AgreementSpan[]>();
    for (const file of read.checked) {
      if (!file.loaded.ok) {
        problems.push(...file.loaded.problems);
        continue;
      }
      const flagged = new Set(file.loaded.flagged.map((flag) => flag.annotationId));
      spansByAnnotator.set(
        file.annotator,
        file.loaded.file.annotations.filter((annotation) => !flagged.has(annotation.id)),
      );
    }
    // By default a document counts only when every selected annotator's file is valid there.
    if (selection.documents || annotators.every((name) => spansByAnnotator.has(name))) {
      computation.addDocument({
        id: document.id,
        textLength: document.textLength,
        annotationsByAnnotator: Object.fromEntries(
          annotators.flatMap((name) => {
            const spans = spansByAnnotator.get(name);
            return spans ? [[name, spans]] : [];
          }),
        ),
      });
    }
    progress.done += filesOf(document).size;
    watch.onProgress?.({ ...progress });
    await yieldToOtherWork();
  }
  watch.onProgress?.({ ...progress, phase: 'computing' });
  return { report: computation.report(), problems };
}
