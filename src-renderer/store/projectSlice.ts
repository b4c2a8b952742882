import type { DocumentSummary, ProjectSnapshot } from '../../src-main/contract/parleyContract';
import { annotatorNameSchema } from '../../src-main/core/project/annotationPaths';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from './appStore';
import { projectForAnnotator } from './projectForAnnotator';

export interface ProjectSlice {
  project: ProjectSnapshot | null;
  projectError: string | null;
  /** Whose annotation files are read and written; '' until the project is loaded. */
  annotator: string;
  documentFilter: string;
  /** Reads the project (again: after an import, or when the menu says it changed on disk). */
  loadProject: () => Promise<void>;
  setDocumentFilter: (filter: string) => void;
  /** Switches annotator (saving first); resolves to an error message, or null when done. */
  changeAnnotator: (name: string) => Promise<string | null>;
  /** Sets a document's span count and status; `savedBy` now has a file for it. */
  updateDocumentSummary: (
    documentId: string,
    patch: Partial<Pick<DocumentSummary, 'spanCount' | 'status'>>,
    savedBy?: string,
  ) => void;
}

export const ANNOTATOR_STORAGE_KEY = 'parley.annotator';

/** `annotators` with `name` among them, sorted as the host lists them (code-unit order). */
function withAnnotator(annotators: string[], name: string | undefined): string[] {
  return name === undefined || annotators.includes(name)
    ? annotators
    : [...annotators, name].sort();
}

/** The annotator name rule's message, or null when the name is valid. */
export function annotatorNameProblem(name: string): string | null {
  const result = annotatorNameSchema.safeParse(name);
  return result.success ? null : (result.error.issues[0]?.message ?? 'not a valid annotator name');
}

export const createProjectSlice: AppSlice<ProjectSlice> = (dependencies) => (set, get) => ({
  project: null,
  projectError: null,
  annotator: '',
  documentFilter: '',

  loadProject: async () => {
    const remembered = dependencies.storage.getItem(ANNOTATOR_STORAGE_KEY);
    const annotator =
      get().annotator ||
      (remembered !== null && annotatorNameProblem(remembered) === null ? remembered : undefined);
    try {
      const project = await dependencies.bridge.getProject(annotator ? { annotator } : {});
      const reloaded = get().project !== null;
      set({ project, annotator: project.annotator, projectError: null });
      // Read again after an import or a change on disk: any annotation file may be new.
      if (reloaded) get().annotationFilesChanged();
    } catch (error) {
      set({ projectError: toBridgeError(error).describe() });
    }
  },

  setDocumentFilter: (documentFilter) => set({ documentFilter }),

  changeAnnotator: async (name) => {
    const problem = annotatorNameProblem(name);
    if (problem) return problem;
    if (name === get().annotator) return null;
    if (!(await get().flushSave())) {
      return 'The current changes could not be saved, so the annotator stays the same. Resolve the save problem first.';
    }
    try {
      const project = await projectForAnnotator(dependencies.bridge, get().project, name);
      dependencies.storage.setItem(ANNOTATOR_STORAGE_KEY, name);
      // Another annotator's spans are another history.
      set({ project, annotator: project.annotator, histories: {}, projectError: null });
    } catch (error) {
      return toBridgeError(error).describe();
    }
    // A document still loading for the previous annotator is reopened for this one too.
    const openedId = get().opened?.article.id ?? get().openingDocumentId ?? undefined;
    if (openedId !== undefined) await get().openDocument(openedId, { reload: true });
    return null;
  },

  updateDocumentSummary: (documentId, patch, savedBy) =>
    set((state) =>
      state.project
        ? {
            project: {
              ...state.project,
              documents: state.project.documents.map((summary) =>
                summary.id === documentId
                  ? { ...summary, ...patch, annotators: withAnnotator(summary.annotators, savedBy) }
                  : summary,
              ),
            },
          }
        : {},
    ),
});
