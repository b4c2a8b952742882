import type { AgreementReportProgress } from '../contract/parleyContract';
import { ParleyError } from '../core/errors';
import type { FileSystem } from '../core/ports/fileSystem';
import { summarizeAgreement } from '../core/review/agreementSummary';
import { HostJobs, type HostJobsOptions } from './hostJobs';
import { computeProjectAgreement, type AgreementSelection } from './projectAgreement';
import type { ProjectIndex } from './projectIndex';

/** Reports that may run at once: the page cancels its previous one before it starts another. */
const MAX_RUNNING_JOBS = 2;

/**
 * Agreement reports computed in the host process for review mode, one job each: started by the
 * page, polled for progress (annotation files read), cancellable. A finished job holds only the
 * report's summary tables, which is all the page shows, and is forgotten after a minute.
 */
export class AgreementJobs extends HostJobs<AgreementReportProgress> {
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
      },
    );
    return { jobId: progress.jobId };
  }
}
