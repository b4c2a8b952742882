import type { AgreementDocument } from '../core/agreement/agreementInput';
import type { AgreementReport } from '../core/agreement/agreementReport';
import { computeAgreementReport } from '../core/agreement/computeAgreementReport';
import type { Annotation } from '../core/annotations/annotationSchema';
import type { Problem } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { GOLD_ANNOTATOR } from '../core/project/annotationPaths';
import type { ProjectIndex } from './projectIndex';
import { checkAllAnnotationFiles } from './validateProject';

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

/** Reads the selected annotators' files and computes every agreement figure over them. */
export async function computeProjectAgreement(
  fileSystem: FileSystem,
  index: ProjectIndex,
  selection: AgreementSelection = {},
): Promise<ProjectAgreement> {
  const checked = await checkAllAnnotationFiles(fileSystem, index);
  const problems: Problem[] = [];
  const spans = new Map<string, Map<string, Annotation[]>>();
  for (const file of checked) {
    if (!file.loaded.ok || !file.article) {
      problems.push(...file.loaded.problems);
      continue;
    }
    // Spans that cannot be placed have no trustworthy extent: they take no part in agreement.
    const flagged = new Set(file.loaded.flagged.map((flag) => flag.annotationId));
    const byAnnotator = spans.get(file.article.id) ?? new Map<string, Annotation[]>();
    byAnnotator.set(
      file.annotator,
      file.loaded.file.annotations.filter((annotation) => !flagged.has(annotation.id)),
    );
    spans.set(file.article.id, byAnnotator);
  }
  const annotators =
    selection.annotators ??
    [...new Set(checked.map((file) => file.annotator))]
      .filter((name) => name !== GOLD_ANNOTATOR)
      .sort();
  const documentIds =
    selection.documents ??
    [...index.documents.keys()].filter(
      (id) => annotators.length > 0 && annotators.every((name) => spans.get(id)?.has(name)),
    );
  const documents: AgreementDocument[] = documentIds.map((id) => {
    const article = index.documents.get(id);
    if (!article) throw new Error(`"${id}" is not a document of this project`);
    const byAnnotator = spans.get(id) ?? new Map<string, Annotation[]>();
    return {
      id,
      textLength: article.textLength,
      annotationsByAnnotator: Object.fromEntries(
        annotators
          .filter((name) => byAnnotator.has(name))
          .map((name) => [name, byAnnotator.get(name)!]),
      ),
    };
  });
  const report = computeAgreementReport({
    documents,
    annotators,
    labels: selection.labels ?? index.config.labels.map((label) => label.id),
    attributes: index.config.attributes,
  });
  return { report, problems };
}
