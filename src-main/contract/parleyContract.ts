/**
 * The one API between the renderer and main (Electron IPC or the browser host's HTTP).
 * Each method has a zod schema for its input and its output; main parses every input
 * before use, and the types below are inferred from the schemas so both sides agree.
 */
import { annotationSchema } from '../core/annotations/annotationSchema';
import { projectConfigSchema } from '../core/project/projectConfigSchema';
import { annotatorNameSchema } from '../core/project/annotationPaths';
import { z } from '../core/zodConfig';

export const problemSchema = z.object({
  file: z.string(),
  jsonPath: z.string(),
  message: z.string(),
  severity: z.enum(['error', 'warning']),
});

export const documentStatusSchema = z.enum(['not-started', 'in-progress', 'done']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

export const documentSummarySchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  /** Code points. */
  textLength: z.number().int().nonnegative(),
  /** Spans of the current annotator. */
  spanCount: z.number().int().nonnegative(),
  status: documentStatusSchema,
  /** Every annotator with a file for this document. */
  annotators: z.array(z.string()),
});
export type DocumentSummary = z.infer<typeof documentSummarySchema>;

export const projectSnapshotSchema = z.object({
  name: z.string(),
  /** The project folder's own name, for display; never a full path. */
  folderName: z.string(),
  config: projectConfigSchema,
  annotator: z.string(),
  documents: z.array(documentSummarySchema),
  problems: z.array(problemSchema),
});
export type ProjectSnapshot = z.infer<typeof projectSnapshotSchema>;

export const articleSchema = z.object({
  id: z.string(),
  path: z.string(),
  title: z.string(),
  text: z.string(),
  textSha256: z.string(),
  textLength: z.number().int().nonnegative(),
  meta: z.record(z.string(), z.unknown()),
});

export const anchorResultSchema = z.object({
  status: z.enum(['exact', 'moved', 'ambiguous', 'missing']),
  start: z.number().int().optional(),
  end: z.number().int().optional(),
  suggestion: z.object({ start: z.number().int(), end: z.number().int() }).optional(),
  occurrences: z.number().int(),
});

export const flaggedAnnotationSchema = z.object({
  annotationId: z.string(),
  anchor: anchorResultSchema,
  message: z.string(),
});

export const openedDocumentSchema = z.object({
  article: articleSchema,
  annotator: z.string(),
  annotations: z.array(annotationSchema),
  flagged: z.array(flaggedAnnotationSchema),
  problems: z.array(problemSchema),
  readOnlyReason: z.string().optional(),
  /** Identifies the file's content on disk when it was read; null when there is no file yet. */
  revision: z.string().nullable(),
  status: documentStatusSchema,
});
export type OpenedDocument = z.infer<typeof openedDocumentSchema>;

export const documentIdSchema = z.string().min(1).max(1000);

export const saveAnnotationsInputSchema = z.object({
  documentId: documentIdSchema,
  annotator: annotatorNameSchema,
  annotations: z.array(annotationSchema).max(1_000_000),
  /** The revision the edits were based on; a different file on disk is a conflict. */
  baseRevision: z.string().nullable(),
  status: z.enum(['in-progress', 'done']).optional(),
  /** Overwrite whatever is on disk ("keep mine" after a conflict). */
  overwrite: z.boolean().optional(),
});
export type SaveAnnotationsInput = z.infer<typeof saveAnnotationsInputSchema>;

export const saveResultSchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('saved'),
    revision: z.string(),
    savedAt: z.string(),
    file: z.string(),
  }),
  z.object({
    outcome: z.literal('conflict'),
    file: z.string(),
    message: z.string(),
    diskRevision: z.string().nullable(),
  }),
]);
export type SaveResult = z.infer<typeof saveResultSchema>;

export const parleyContract = {
  getProject: {
    input: z.object({ annotator: annotatorNameSchema.optional() }),
    output: projectSnapshotSchema,
  },
  openDocument: {
    input: z.object({ documentId: documentIdSchema, annotator: annotatorNameSchema }),
    output: openedDocumentSchema,
  },
  saveAnnotations: {
    input: saveAnnotationsInputSchema,
    output: saveResultSchema,
  },
} as const;

export type ParleyContract = typeof parleyContract;
export type ParleyMethod = keyof ParleyContract;
export type MethodInput<M extends ParleyMethod> = z.input<ParleyContract[M]['input']>;
export type MethodOutput<M extends ParleyMethod> = z.output<ParleyContract[M]['output']>;

/** What the renderer calls: one async function per contract method. */
export type ParleyApi = {
  [M in ParleyMethod]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

export function isParleyMethod(name: string): name is ParleyMethod {
  return Object.prototype.hasOwnProperty.call(parleyContract, name);
}

/** How a failure crosses the process boundary: a message for the analyst, naming the file. */
export const remoteErrorSchema = z.object({
  message: z.string(),
  file: z.string().optional(),
  code: z.string().optional(),
});
export type RemoteError = z.infer<typeof remoteErrorSchema>;

export const remoteResultSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: remoteErrorSchema }),
]);
export type RemoteResult = z.infer<typeof remoteResultSchema>;

/** Commands the desktop menu sends to the page; the page also binds the same keys itself. */
export const menuCommandSchema = z.enum([
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
]);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * What the Electron preload exposes as `window.parley`: one function per contract method,
 * each resolving to the result envelope, plus a subscription to menu commands. Nothing else.
 */
export type ParleyPreloadApi = {
  [M in ParleyMethod]: (input: MethodInput<M>) => Promise<RemoteResult>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The IPC channel that carries one contract method. */
export function channelFor(method: ParleyMethod): string {
  return `parley:${method}`;
}

/** The IPC channel for menu commands, main → renderer. */
export const MENU_COMMAND_CHANNEL = 'parley:menu-command';

/** HTTP API of the browser host: POST {input} to API_PATH_PREFIX + method, bearer token required. */
export const API_PATH_PREFIX = '/api/';
