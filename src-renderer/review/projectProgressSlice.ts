import type { Problem } from '../../src-main/core/errors';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import type { DocumentReviewProgress } from '../../src-main/core/review/reviewProgress';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from '../store/appStore';

export interface ProjectProgressState {
  /** Per document, as the host last computed it; null before the first answer. */
  documents: readonly DocumentReviewProgress[] | null;
  /** Annotation files the last whole-project answer left out. */
  problems: readonly Problem[];
  error: string | null;
}

export interface ProjectProgressSlice {
  projectProgress: ProjectProgressState;
  /**
   * Asks the host for the review progress of every document (or only of `documents`, merged
   * into what is known), comparing the annotators review compares.
   */
  loadProjectProgress: (documents?: readonly string[]) => Promise<void>;
}

export const createProjectProgressSlice: AppSlice<ProjectProgressSlice> =
  (dependencies) => (set, get) => {
    /** Grows with every request for all documents: older answers are dropped. */
    let wholeProjectSerial = 0;

    return {
      projectProgress: { documents: null, problems: [], error: null },

      loadProjectProgress: async (documents) => {
        const serial = documents ? wholeProjectSerial : ++wholeProjectSerial;
        const chosen = get().reviewAnnotators.filter((name) => name !== GOLD_ANNOTATOR);
        try {
          const answer = await dependencies.bridge.getReviewProgress({
            ...(get().reviewAnnotators.length > 0 ? { annotators: chosen } : {}),
            ...(documents ? { documents: [...documents] } : {}),
          });
          if (serial !== wholeProjectSerial) return;
          set((state) => {
            const known = state.projectProgress.documents;
            if (!documents || !known) {
              return { projectProgress: { ...answer, error: null } };
            }
            const replaced = new Set(documents);
            // Problems are those of the last whole-project answer.
            return {
              projectProgress: {
                ...state.projectProgress,
                documents: [
                  ...known.filter((entry) => !replaced.has(entry.documentId)),
                  ...answer.documents,
                ],
                error: null,
              },
            };
          });
        } catch (error) {
          set((state) => ({
            projectProgress: { ...state.projectProgress, error: toBridgeError(error).describe() },
          }));
        }
      },
    };
  };
