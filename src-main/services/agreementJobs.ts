import type { AgreementReportProgress } from '../contract/parleyContract';
import type { AgreementReport } from '../core/agreement/agreementReport';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { summarizeAgreement } from '../core/review/agreementSummary';
import { HostJobs, type HostJobsOptions } from './hostJobs';
import { computeProjectAgreement, type AgreementSelection } from './projectAgreement';
import type { ProjectIndex } from './projectIndex';

/** Reports that may run at once: the page cancels its previous one before it starts another. */
const MAX_RUNNING_JOBS = 2;

/** The fields that choose what a report covers, as one comparable string. */
function selectionKey(selection: AgreementSelection): string {
  return JSON.stringify([
    selection.annotators ?? null,
    selection.documents ?? null,
    selection.labels ?? null,
  ]);
}

/** The latest finished report, whole, for writing it out without computing it again. */
interface HeldReport {
  jobId: string;
  selection: string;
  /** The project as indexed when it was computed: a re-read project has other texts or labels. */
  index: ProjectIndex;
  report: AgreementReport;
}

/**
 * Agreement reports computed in the host process for review mode, one job each: started by the
 * page, polled for progress (annotation files read), cancellable. A finished job's progress
 * holds only the report's summary tables, which is all the page shows, and is forgotten after a
 * minute; the latest report is also held whole until annotation files change, so that exporting
 * the figures the page shows does not compute them again.
 */
export class AgreementJobs extends HostJobs<AgreementReportProgress> {
  private held: HeldReport | undefined;
  /** Counts `forgetReports` calls: a report begun before one of them is not held. */
  private filesChanged = 0;

  constructor(
    private readonly fileSystem: FileSystem,
    private readonly project: () => ProjectIndex,
    options: HostJobsOptions = {},
  ) {
    super(
      {
        unknownJob:
          'is not an agreement report of this project (finished reports are forgotten after a while)',
        unexpectedFailure: 'the agreement report failed unexpectedly; details are in the log',
        logMessage: 'parley: an agreement report failed',
      },
      { keepFinishedMs: 60_000, ...options },
    );
  }

  start(selection: AgreementSelection): { jobId: string } {
    const running = this.running().length;
    if (running >= MAX_RUNNING_JOBS)
      throw new ParleyError(
        'agreement report',
        `was not started: ${running} reports are being computed already`,
      );
    const index = this.project();
    const filesChangedAtStart = this.filesChanged;
    const progress = this.launch(
      (jobId) => ({ jobId, state: 'running', phase: 'reading', done: 0, total: 0 }),
      undefined,
      async (progress, signal) => {
        const { report, problems } = await computeProjectAgreement(
          this.fileSystem,
          index,
          selection,
          { signal, onProgress: (now) => Object.assign(progress, now) },
        );
        progress.result = { summary: summarizeAgreement(report), problems };
        if (this.filesChanged === filesChangedAtStart) {
          this.held = { jobId: progress.jobId, selection: selectionKey(selection), index, report };
        }
      },
    );
    return { jobId: progress.jobId };
  }

  /**
   * The report job `jobId` computed, if it is the one held and covers `selection` of the
   * project as it is indexed now; otherwise undefined, and it must be computed again.
   */
  heldReport(jobId: string, selection: AgreementSelection): AgreementReport | undefined {
    const held = this.held;
    if (!held || held.jobId !== jobId) return undefined;
    if (held.selection !== selectionKey(selection) || held.index !== this.project())
      return undefined;
    return held.report;
  }

  /** Annotation files were written: no report computed before stays usable for export. */
  forgetReports(): void {
    this.filesChanged++;
    this.held = undefined;
  }
}
