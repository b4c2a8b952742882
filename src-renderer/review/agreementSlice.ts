import type { AgreementReportProgress, RemoteError } from '../../src-main/contract/parleyContract';
import type { Problem } from '../../src-main/core/errors';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import type { AgreementSummary } from '../../src-main/core/review/agreementSummary';
import { BridgeError, toBridgeError } from '../bridge/bridgeError';
import type { AppSlice } from '../store/appStore';
import { selectComparedAnnotators } from './reviewSelectors';

/** Milliseconds between two progress questions while the host computes a report. */
export const AGREEMENT_POLL_INTERVAL_MS = 500;
/** The first question comes sooner: a small project's report is ready by then. */
const FIRST_POLL_MS = 100;

/** How far the host got with the report being computed. */
export interface AgreementComputing {
  /** `starting` until the host has answered the first poll. */
  phase: 'starting' | AgreementReportProgress['phase'];
  /** Annotation files read, of `total` (0 of 0 while they are listed). */
  done: number;
  total: number;
}

export interface AgreementReportState {
  summary: AgreementSummary | null;
  problems: readonly Problem[];
  /** The report being computed, or null when none is. */
  computing: AgreementComputing | null;
  error: string | null;
  /** Annotation files changed since the report was computed: its figures may be out of date. */
  stale: boolean;
  /** The request that computed `summary` (its selection, as JSON); null before the first. */
  summarySelection: string | null;
  /** When `summary` was computed (ISO 8601); null before the first. */
  computedAt: string | null;
  /** The host's job that computed `summary`: an export of the same figures names it. */
  reportId: string | null;
}

export interface AgreementSlice {
  agreement: AgreementReportState;
  /**
   * Computes the agreement report over the compared annotators (every document they share) in
   * the host, following its progress until it is done. A computation of the same annotators
   * already running is followed on; one of others is cancelled.
   */
  loadAgreementReport: () => Promise<void>;
  /**
   * Shows the report of the compared annotators: the one already computed when it is current
   * (the same annotators, no file changed since, no failure after it), otherwise computes it.
   * Switching back to the report on a large project then costs nothing.
   */
  showAgreementReport: () => Promise<void>;
  /** Stops the computation; the report shown before, if any, stays. */
  cancelAgreementReport: () => void;
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

/** One computation the page follows; `jobId` is null until the host has started it. */
interface AgreementRun {
  /** The selection, as JSON: a second request for the same one follows this run on. */
  selection: string;
  /** The annotators it covers; undefined for the host's default (all but gold). */
  annotators: readonly string[] | undefined;
  jobId: string | null;
  /** Files it covers changed while it ran: the report may be out of date at once. */
  changed: boolean;
  followed: Promise<void>;
}

function delay(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function describeRemoteError(error: RemoteError | undefined): string {
  return error
    ? new BridgeError(error.message, error.file).describe()
    : 'the agreement report failed';
}

export const createAgreementSlice: AppSlice<AgreementSlice> = (dependencies) => (set, get) => {
  const { bridge } = dependencies;
  /** The computation the page waits for; answers about any other are dropped. */
  let current: AgreementRun | null = null;

  /** The compared annotators when there are two or more; otherwise the report's defaults. */
  function agreementSelection(): { annotators?: string[] } {
    const annotators = selectComparedAnnotators(get()).filter((name) => name !== GOLD_ANNOTATOR);
    return annotators.length >= 2 ? { annotators } : {};
  }

  /** True when the summary shown covers the compared annotators and no file changed since. */
  function currentSummary(): boolean {
    const { summary, stale, summarySelection } = get().agreement;
    return summary !== null && !stale && summarySelection === JSON.stringify(agreementSelection());
  }

  function update(agreement: Partial<AgreementReportState>): void {
    set((state) => ({ agreement: { ...state.agreement, ...agreement } }));
  }

  /** Starts the run's job and polls it until it ends, unless another run replaces it. */
  async function follow(run: AgreementRun, selection: { annotators?: string[] }): Promise<void> {
    const { jobId } = await bridge.startAgreementReport(selection);
    if (current !== run) {
      void bridge.cancelAgreementReport({ jobId }).catch(() => undefined);
      return;
    }
    run.jobId = jobId;
    for (let wait = FIRST_POLL_MS; ; wait = AGREEMENT_POLL_INTERVAL_MS) {
      await delay(wait);
      if (current !== run) return;
      const progress = await bridge.getAgreementReportProgress({ jobId });
      if (current !== run) return;
      const { phase, done, total } = progress;
      if (progress.state === 'running') {
        update({ computing: { phase, done, total } });
        continue;
      }
      current = null;
      if (progress.state === 'done' && progress.result) {
        const { summary, problems } = progress.result;
        update({
          summary,
          problems,
          computing: null,
          error: null,
          stale: run.changed,
          summarySelection: run.selection,
          computedAt: dependencies.now(),
          reportId: jobId,
        });
      } else if (progress.state === 'cancelled') {
        update({ computing: null });
      } else {
        update({ computing: null, error: describeRemoteError(progress.error) });
      }
      return;
    }
  }

  return {
    agreement: {
      summary: null,
      problems: [],
      computing: null,
      error: null,
      stale: false,
      summarySelection: null,
      computedAt: null,
      reportId: null,
    },

    showAgreementReport: () => {
      if (currentSummary() && get().agreement.error === null) return Promise.resolve();
      return get().loadAgreementReport();
    },

    loadAgreementReport: () => {
      const selection = agreementSelection();
      const key = JSON.stringify(selection);
      if (current?.selection === key) return current.followed;
      get().cancelAgreementReport();
      const run: AgreementRun = {
        selection: key,
        annotators: selection.annotators,
        jobId: null,
        changed: false,
        followed: Promise.resolve(),
      };
      current = run;
      update({ computing: { phase: 'starting', done: 0, total: 0 }, error: null });
      run.followed = follow(run, selection).catch((error: unknown) => {
        if (current !== run) return;
        current = null;
        update({ computing: null, error: toBridgeError(error).describe() });
      });
      return run.followed;
    },

    cancelAgreementReport: () => {
      const run = current;
      if (!run) return;
      current = null;
      // Without a job id yet, `follow` cancels the job as soon as the host names it.
      if (run.jobId !== null)
        void bridge.cancelAgreementReport({ jobId: run.jobId }).catch(() => undefined);
      update({ computing: null });
    },

    markAgreementStale: (annotator) => {
      const covers = (annotators: readonly string[] | undefined) =>
        annotator === undefined ||
        (annotators ? annotators.includes(annotator) : annotator !== GOLD_ANNOTATOR);
      if (current && covers(current.annotators)) current.changed = true;
      const { summary, stale } = get().agreement;
      if (!summary || stale || !covers(summary.annotators)) return;
      update({ stale: true });
    },

    exportAgreementReport: async (format, options = {}) => {
      try {
        // The figures shown, when they are current: the host then writes them without
        // computing them again, if it still holds them.
        const reportId = currentSummary() ? get().agreement.reportId : null;
        const result = await bridge.exportAgreementReport({
          ...agreementSelection(),
          ...(reportId ? { reportId } : {}),
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
