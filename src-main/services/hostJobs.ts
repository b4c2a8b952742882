import { randomUUID } from 'node:crypto';
import type { RemoteError } from '../contract/parleyContract';
import { ParleyError } from '../core/errors';

/** What every job's progress says: which job, and how it stands or ended. */
export interface JobProgress {
  jobId: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error?: RemoteError;
}

export interface HostJobsOptions {
  /** Milliseconds a finished job stays readable before it is forgotten. */
  keepFinishedMs?: number;
  /** Logs failures that are not the analyst's to fix; the job reports a generic message. */
  logError?: (error: unknown) => void;
}

/** How a kind of job speaks of itself in its messages. */
export interface JobWording {
  /** After the job id, when a poll names a job that is not (or no longer) known. */
  unknownJob: string;
  /** The job's error when it failed for a reason that is not the analyst's to fix. */
  unexpectedFailure: string;
  /** Logged with such a failure. */
  logMessage: string;
}

interface Job<Progress, Key> {
  progress: Progress;
  controller: AbortController;
  /** What the kind of job knows about it, e.g. an export's target. */
  key: Key;
  finished: Promise<void>;
}

/**
 * Long work running in the host process (Electron main or the browser host) for the page, one
 * job each: started by the page, polled for progress, cancellable, and forgotten a while after
 * it ends. A kind of job extends this with its own `start`.
 */
export class HostJobs<Progress extends JobProgress, Key = undefined> {
  private readonly jobs = new Map<string, Job<Progress, Key>>();
  private readonly keepFinishedMs: number;
  private readonly logError: (error: unknown) => void;

  constructor(
    private readonly wording: JobWording,
    options: HostJobsOptions = {},
  ) {
    this.keepFinishedMs = options.keepFinishedMs ?? 10 * 60_000;
    this.logError = options.logError ?? ((error) => console.error(wording.logMessage, error));
  }

  /**
   * Registers a job and starts `work`, which updates `progress` as it goes and sets its result
   * before it resolves; the job then turns `done`, or `failed` or `cancelled` if it throws.
   * Nothing awaits before the job is registered, so checks made just before still hold.
   */
  protected launch(
    initialProgress: (jobId: string) => Progress,
    key: Key,
    work: (progress: Progress, signal: AbortSignal) => Promise<void>,
  ): Progress {
    const jobId = randomUUID();
    const controller = new AbortController();
    const progress = initialProgress(jobId);
    const fail = (error: unknown) => {
      progress.state = 'failed';
      progress.error = this.describeFailure(error);
    };
    const finished = Promise.resolve()
      .then(() => work(progress, controller.signal))
      .then(
        () => {
          progress.state = 'done';
        },
        (error: unknown) => {
          if (controller.signal.aborted) progress.state = 'cancelled';
          else fail(error);
        },
      )
      .catch(fail);
    this.jobs.set(jobId, { progress, controller, key, finished });
    void finished.then(() => {
      setTimeout(() => this.jobs.delete(jobId), this.keepFinishedMs).unref();
    });
    return progress;
  }

  /** The keys of the jobs still running. */
  protected running(): Key[] {
    return [...this.jobs.values()]
      .filter((job) => job.progress.state === 'running')
      .map((job) => job.key);
  }

  progress(jobId: string): Progress {
    return structuredClone(this.job(jobId).progress);
  }

  /** Asks the job to stop; it turns `cancelled` once it has stopped and cleaned up. */
  cancel(jobId: string): Progress {
    const job = this.job(jobId);
    if (job.progress.state === 'running') job.controller.abort();
    return structuredClone(job.progress);
  }

  /** Resolves when the job has ended, whichever way. */
  async finished(jobId: string): Promise<Progress> {
    const job = this.job(jobId);
    await job.finished;
    return structuredClone(job.progress);
  }

  /** How many jobs are remembered (running or recently finished). */
  get size(): number {
    return this.jobs.size;
  }

  /** Cancels every running job and waits until each has cleaned up. */
  async cancelAll(): Promise<void> {
    const jobs = [...this.jobs.values()];
    for (const job of jobs) if (job.progress.state === 'running') job.controller.abort();
    await Promise.all(jobs.map((job) => job.finished));
  }

  private describeFailure(error: unknown): RemoteError {
    if (error instanceof ParleyError) return { message: error.message, file: error.file };
    this.logError(error);
    return { message: this.wording.unexpectedFailure, code: 'internal' };
  }

  private job(jobId: string): Job<Progress, Key> {
    const job = this.jobs.get(jobId);
    if (!job) throw new ParleyError(jobId, this.wording.unknownJob);
    return job;
  }
}
