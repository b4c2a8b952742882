import type {
  ExportFormatDescription,
  StartExportInput,
} from '../../src-main/contract/parleyContract';
import { exportFileNameProblem } from '../../src-main/core/export/exportFileName';

/** Whose files the export reads: one annotator's, gold, or every annotator's but gold. */
export const EVERY_ANNOTATOR = '';

/** What the export dialog's form holds. */
export interface ExportChoices {
  format: ExportFormatDescription;
  fileName: string;
  /** An annotator name, `gold`, or EVERY_ANNOTATOR. */
  annotator: string;
  /** Label ids ticked; all of them means no filter. */
  labels: readonly string[];
  allLabels: readonly string[];
  /** A document id, or undefined for every document. */
  documentId: string | undefined;
  includeUnannotated: boolean;
  excel: boolean;
  overlap: 'longest' | 'first' | 'label-order';
  locale: string;
}

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8}){0,8}$/;

/** Why each field cannot be exported as it is; an empty object when everything is fine. */
export function exportChoicesProblems(choices: ExportChoices): {
  fileName?: string;
  labels?: string;
  locale?: string;
} {
  const fileName = exportFileNameProblem(choices.format.format, choices.fileName);
  return {
    ...(fileName ? { fileName } : {}),
    ...(choices.labels.length === 0 ? { labels: 'choose at least one label' } : {}),
    ...(choices.format.options.includes('locale') && !LANGUAGE_TAG.test(choices.locale)
      ? { locale: 'must be a language tag such as "en"' }
      : {}),
  };
}

/** The startExport input for the form's choices, leaving out what is the default or unused. */
export function exportRequestFrom(choices: ExportChoices): StartExportInput {
  const options = choices.format.options;
  const everyLabel = choices.allLabels.every((label) => choices.labels.includes(label));
  return {
    format: choices.format.format,
    fileName: choices.fileName,
    ...(choices.annotator === EVERY_ANNOTATOR ? {} : { annotator: choices.annotator }),
    ...(everyLabel ? {} : { labels: [...choices.labels] }),
    ...(choices.documentId === undefined ? {} : { documents: [choices.documentId] }),
    ...(choices.includeUnannotated ? { includeUnannotated: true } : {}),
    ...(options.includes('excel') ? { excel: choices.excel } : {}),
    ...(options.includes('overlap') ? { overlap: choices.overlap } : {}),
    ...(options.includes('locale') ? { locale: choices.locale } : {}),
  };
}
