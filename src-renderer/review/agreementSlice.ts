import type { AgreementReport } from '../../src-main/core/agreement/agreementReport';
import type { Problem } from '../../src-main/core/errors';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import { toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from '../store/appStore';
import { selectComparedAnnotators } from './reviewSelectors';

export interface AgreementReportState {
  report: AgreementReport | null;
  problems: readonly Problem[];
  loading: boolean;
  error: string | null;
  /** Annotation files changed since the report was computed: its figures may be out of date. */
  stale: boolean;
}

export interface AgreementSlice {
  agreement: AgreementReportState;
  /** Computes the agreement report over the compared annotators (every document they share). */
  loadAgreementReport: () => Promise<void>;
  /**
   * Marks the report out of date after `annotator`'s files changed (any annotator's when
   * undefined); a report that does not cover that annotator stays as it is.
   */
  markAgreementStale: (annotator?: string) => void;
  /** Writes the report into exports/; resolves to the project-relative file, or null. */
  exportAgreementReport: (
    format: 'html' | 'csv',
    options?: { replace?: boolean },
  ) => Promise<{ outcome: 'written' | 'exists'; target: string } | null>;
}

export const createAgreementSlice: AppSlice<AgreementSlice> = (dependencies) => (set, get) => {
  /** The compared annotators when there are two or more; otherwise the report's defaults. */
  function agreementSelection(): { annotators?: string[] } {
    const annotators = selectComparedAnnotators(get()).filter((name) => name !== GOLD_ANNOTATOR);
    return annotators.length >= 2 ? { annotators } : {};
  }

  return {
    agreement: { report: null, problems: [], loading: false, error: null, stale: false },

    loadAgreementReport: async () => {
      set((state) => ({ agreement: { ...state.agreement, loading: true, error: null } }));
      try {
        const { report, problems } =
          await dependencies.bridge.getAgreementReport(agreementSelection());
        set({ agreement: { report, problems, loading: false, error: null, stale: false } });
      } catch (error) {
        set((state) => ({
          agreement: { ...state.agreement, loading: false, error: toBridgeError(error).describe() },
        }));
      }
    },

    markAgreementStale: (annotator) => {
      const { report, stale } = get().agreement;
      if (!report || stale) return;
      if (annotator !== undefined && !report.annotators.includes(annotator)) return;
      set((state) => ({ agreement: { ...state.agreement, stale: true } }));
    },

    exportAgreementReport: async (format, options = {}) => {
      try {
        const result = await dependencies.bridge.exportAgreementReport({
          ...agreementSelection(),
          format,
          fileName: `agreement.${format}`,
          ...(options.replace ? { replace: true } : {}),
        });
        get().showNotice(
          result.outcome === 'written'
            ? `Wrote ${result.target}.`
            : `${result.target} exists already; choose Replace to write over it.`,
        );
        return result;
      } catch (error) {
        get().showNotice(toBridgeError(error).describe(), 'error');
        return null;
      }
    },
  };
};
