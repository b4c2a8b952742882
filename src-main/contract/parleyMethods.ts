/**
 * The names of the contract's methods, in a module without zod: the sandboxed preload imports
 * it, and parleyContract.ts checks at compile time that its methods are exactly these.
 */
export const PARLEY_METHODS = [
  'getProject',
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
  'getAgreementReport',
  'exportAgreementReport',
] as const;

export type ParleyMethodName = (typeof PARLEY_METHODS)[number];
