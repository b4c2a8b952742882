/**
 * The names of the contract's methods and menu commands, in a module without zod: the sandboxed
 * preload imports it, and parleyContract.ts checks at compile time that its methods are exactly
 * these and builds its menu-command schema from this list.
 */
export const PARLEY_METHODS = [
  'getProject',
  'getAnnotatorDocuments',
  'openDocument',
  'saveAnnotations',
  'writeRecoveryJournal',
  'discardRecoveryJournal',
  'listExportFormats',
  'startExport',
  'getExportProgress',
  'cancelExport',
  'importAnnotationFiles',
  'getReviewDocument',
  'getReviewProgress',
  'startAgreementReport',
  'getAgreementReportProgress',
  'cancelAgreementReport',
  'exportAgreementReport',
] as const;

export type ParleyMethodName = (typeof PARLEY_METHODS)[number];

/** Commands the desktop menu sends to the page; the page also binds the same keys itself. */
export const MENU_COMMANDS = [
  'save',
  'undo',
  'redo',
  'find',
  'toggle-theme',
  'toggle-project-panel',
  'toggle-annotation-panel',
  'show-guidelines',
  'show-about',
  'project-changed',
  'export',
  'import-annotations',
  'open-annotation-files',
  'toggle-review',
] as const;
