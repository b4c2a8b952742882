import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportProgress, StartExportInput } from '../../src-main/contract/parleyContract';
import type { Bridge } from '../bridge/bridge';
import { toBridgeError } from '../bridge/bridgeError';

/** Milliseconds between two progress questions while an export runs. */
export const EXPORT_POLL_INTERVAL_MS = 500;

export type ExportJobState =
  | { phase: 'idle' }
  | { phase: 'starting' }
  /** An export of that name exists; the request waits for "Replace". */
  | { phase: 'exists'; target: string; request: StartExportInput }
  | { phase: 'running'; progress: ExportProgress; cancelling: boolean }
  /** The job ended: `progress.state` is done, failed or cancelled. */
  | { phase: 'ended'; progress: ExportProgress }
  /** A call to the host failed (the job may be unknown to it). */
  | { phase: 'error'; message: string };

export interface ExportJob {
  state: ExportJobState;
  start: (request: StartExportInput) => Promise<void>;
  /** Repeats the request that found an existing export, replacing it. */
  replace: () => Promise<void>;
  cancel: () => Promise<void>;
  /** Back to the form, after "exists" or an error. */
  reset: () => void;
}

/**
 * Runs one export at a time in the host: starts it, polls its progress every
 * `intervalMs` until it ends, and cancels it when asked or when the dialog goes away.
 */
export function useExportJob(bridge: Bridge, intervalMs = EXPORT_POLL_INTERVAL_MS): ExportJob {
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  /** The running job's id, cleared when it ends; a poll for another id is stale. */
  const runningJob = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const track = useCallback((progress: ExportProgress, cancelling: boolean): boolean => {
    if (progress.state === 'running') {
      setState({ phase: 'running', progress, cancelling });
      return true;
    }
    runningJob.current = null;
    clearTimeout(timer.current);
    setState({ phase: 'ended', progress });
    return false;
  }, []);

  const fail = useCallback((error: unknown) => {
    runningJob.current = null;
    clearTimeout(timer.current);
    setState({ phase: 'error', message: toBridgeError(error).describe() });
  }, []);

  const schedulePoll = useCallback(
    (jobId: string) => {
      timer.current = setTimeout(() => {
        bridge.getExportProgress({ jobId }).then(
          (progress) => {
            if (runningJob.current !== jobId) return;
            setState((current) => {
              const cancelling = current.phase === 'running' && current.cancelling;
              return current.phase === 'running' && progress.state === 'running'
                ? { phase: 'running', progress, cancelling }
                : current;
            });
            if (progress.state === 'running') schedulePoll(jobId);
            else track(progress, false);
          },
          (error: unknown) => {
            if (runningJob.current === jobId) fail(error);
          },
        );
      }, intervalMs);
    },
    [bridge, intervalMs, track, fail],
  );

  const run = useCallback(
    async (request: StartExportInput) => {
      setState({ phase: 'starting' });
      try {
        const result = await bridge.startExport(request);
        if (result.outcome === 'exists') {
          setState({ phase: 'exists', target: result.target, request });
          return;
        }
        runningJob.current = result.jobId;
        setState({
          phase: 'running',
          cancelling: false,
          progress: {
            jobId: result.jobId,
            state: 'running',
            format: request.format,
            target: result.target,
            done: 0,
            total: 0,
          },
        });
        schedulePoll(result.jobId);
      } catch (error) {
        fail(error);
      }
    },
    [bridge, schedulePoll, fail],
  );

  const replace = useCallback(async () => {
    if (state.phase === 'exists') await run({ ...state.request, replace: true });
  }, [state, run]);

  const cancel = useCallback(async () => {
    const jobId = runningJob.current;
    if (jobId === null) return;
    setState((current) =>
      current.phase === 'running' ? { ...current, cancelling: true } : current,
    );
    try {
      const progress = await bridge.cancelExport({ jobId });
      // Still running: the poll goes on until the job says it is cancelled.
      if (runningJob.current === jobId) track(progress, true);
    } catch (error) {
      if (runningJob.current === jobId) fail(error);
    }
  }, [bridge, track, fail]);

  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      const jobId = runningJob.current;
      runningJob.current = null;
      // Closing the dialog stops the export: nobody would see its summary.
      if (jobId !== null) void bridge.cancelExport({ jobId }).catch(() => undefined);
    },
    [bridge],
  );

  return { state, start: run, replace, cancel, reset };
}
