import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type { AgreementReportProgress } from '../../src-main/contract/parleyContract';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { Bridge } from '../bridge/bridge';
import type { AppStore } from '../store/appStore';
import { createTestStore } from '../store/testStore';
import { AGREEMENT_POLL_INTERVAL_MS } from './agreementSlice';

function span(id: string, label: string, start: number, end: number): Annotation {
  return { id, label, start, end, text: '', attributes: {}, note: '' };
}

type Step = Pick<AgreementReportProgress, 'state' | 'phase' | 'done' | 'total' | 'error'>;

describe('agreement report', () => {
  let test: ReturnType<typeof createTestStore>;
  /** What the host answers to the next polls before its own (done) answer. */
  let steps: Step[];
  let polls: Mock<Bridge['getAgreementReportProgress']>;

  beforeEach(async () => {
    vi.useFakeTimers();
    test = createTestStore();
    test.host.writeFile('ann', '517', [span('a1', 'demand', 0, 4)]);
    test.host.writeFile('ben', '517', [span('b1', 'demand', 0, 4)]);
    await test.state().loadProject();
    steps = [];
    const answer = test.host.bridge.getAgreementReportProgress;
    polls = vi.fn(async (input: { jobId: string }) => {
      const step = steps.shift();
      return step ? { jobId: input.jobId, ...step } : answer(input);
    });
    test.host.bridge.getAgreementReportProgress = polls;
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const reading = (done: number, total: number): Step => ({
    state: 'running',
    phase: 'reading',
    done,
    total,
  });

  it('follows the computation in the host, poll by poll, until the summary is in', async () => {
    steps = [reading(0, 0), reading(1, 2)];
    const loaded = test.state().loadAgreementReport();
    expect(test.state().agreement.computing).toEqual({ phase: 'starting', done: 0, total: 0 });
    await vi.advanceTimersByTimeAsync(100);
    expect(test.state().agreement.computing).toEqual({ phase: 'reading', done: 0, total: 0 });
    await vi.advanceTimersByTimeAsync(AGREEMENT_POLL_INTERVAL_MS);
    expect(test.state().agreement.computing).toEqual({ phase: 'reading', done: 1, total: 2 });
    await vi.advanceTimersByTimeAsync(AGREEMENT_POLL_INTERVAL_MS);
    await loaded;
    expect(test.state().agreement).toMatchObject({
      computing: null,
      error: null,
      stale: false,
      problems: [],
      summary: { annotators: ['ann', 'ben'], documentCount: 1 },
    });
    expect(test.state().agreement.summary?.documents.map((row) => row.name)).toEqual(['517']);
    expect(polls).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(10 * AGREEMENT_POLL_INTERVAL_MS);
    expect(polls).toHaveBeenCalledTimes(3);
  });

  it('follows a computation already running for the same annotators instead of a second', async () => {
    steps = [reading(0, 2)];
    const first = test.state().loadAgreementReport();
    const second = test.state().loadAgreementReport();
    await vi.advanceTimersByTimeAsync(100 + AGREEMENT_POLL_INTERVAL_MS);
    await Promise.all([first, second]);
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(1);
    expect(test.state().agreement.summary).not.toBeNull();
  });

  it('stops polling and cancels the job when cancelled, keeping the report it had', async () => {
    await Promise.all([test.state().loadAgreementReport(), vi.advanceTimersByTimeAsync(100)]);
    const summary = test.state().agreement.summary;
    expect(summary).not.toBeNull();

    steps = [reading(1, 2), reading(1, 2), reading(1, 2)];
    const loaded = test.state().loadAgreementReport();
    await vi.advanceTimersByTimeAsync(100);
    expect(test.state().agreement.computing).toMatchObject({ done: 1, total: 2 });
    test.state().cancelAgreementReport();
    expect(test.host.bridge.cancelAgreementReport).toHaveBeenCalledWith({ jobId: 'agreement-2' });
    expect(test.state().agreement.computing).toBeNull();
    const pollsSoFar = polls.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5 * AGREEMENT_POLL_INTERVAL_MS);
    await loaded;
    expect(polls).toHaveBeenCalledTimes(pollsSoFar);
    expect(test.state().agreement.summary).toBe(summary);
  });

  it('cancels a job the host names only after it was cancelled', async () => {
    let started: (value: { jobId: string }) => void = () => undefined;
    test.host.bridge.startAgreementReport = vi.fn(
      () => new Promise<{ jobId: string }>((resolve) => (started = resolve)),
    );
    const loaded = test.state().loadAgreementReport();
    test.state().cancelAgreementReport();
    started({ jobId: 'late' });
    await loaded;
    expect(test.host.bridge.cancelAgreementReport).toHaveBeenCalledWith({ jobId: 'late' });
    expect(polls).not.toHaveBeenCalled();
  });

  it('says why a computation failed, naming what it concerns', async () => {
    steps = [
      {
        state: 'failed',
        phase: 'reading',
        done: 0,
        total: 2,
        error: { message: 'is not a document of this project', file: 'nope' },
      },
    ];
    await Promise.all([test.state().loadAgreementReport(), vi.advanceTimersByTimeAsync(100)]);
    expect(test.state().agreement).toMatchObject({
      computing: null,
      summary: null,
      error: 'nope: is not a document of this project',
    });

    test.host.bridge.startAgreementReport = vi.fn(async () => {
      throw new Error('the host is gone');
    });
    await test.state().loadAgreementReport();
    expect(test.state().agreement).toMatchObject({ computing: null, error: 'the host is gone' });
  });

  it('shows the report it has when it is current, and computes it again when it is not', async () => {
    const shown = () =>
      Promise.all([test.state().showAgreementReport(), vi.advanceTimersByTimeAsync(100)]);
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(1);
    expect(test.state().agreement.computedAt).toMatch(/^2025-01-01T/);

    // Back on the report with nothing changed: no second computation.
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(1);

    // One of its annotators saved a file.
    test.state().markAgreementStale('ben');
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(2);
    expect(test.state().agreement.stale).toBe(false);

    // Other annotators compared.
    test.store.setState({
      reviewDocument: {
        sources: [{ annotator: 'ann' }, { annotator: 'ben' }, { annotator: 'cai' }],
      } as unknown as AppStore['reviewDocument'],
      reviewAnnotators: ['ann', 'ben'],
    });
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(3);
    expect(test.host.bridge.startAgreementReport).toHaveBeenLastCalledWith({
      annotators: ['ann', 'ben'],
    });
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(3);

    // A failed computation is tried again, even with the earlier figures still shown.
    test.host.bridge.startAgreementReport = vi.fn(async () => {
      throw new Error('the host is gone');
    });
    await test.state().loadAgreementReport();
    expect(test.state().agreement.error).toBe('the host is gone');
    await shown();
    expect(test.host.bridge.startAgreementReport).toHaveBeenCalledTimes(2);
  });

  it('names the report it shows when exporting, while those figures are current', async () => {
    const exported = vi.fn(async (input: { format: 'html' | 'csv'; fileName: string }) => ({
      outcome: 'written' as const,
      target: `exports/${input.fileName}`,
    }));
    test.host.bridge.exportAgreementReport = exported;
    // Nothing computed yet: the host computes it.
    await test.state().exportAgreementReport('csv');
    expect(exported).toHaveBeenLastCalledWith({ format: 'csv', fileName: 'agreement.csv' });

    await Promise.all([test.state().loadAgreementReport(), vi.advanceTimersByTimeAsync(100)]);
    expect(test.state().agreement.reportId).toBe('agreement-1');
    await test.state().exportAgreementReport('html');
    expect(exported).toHaveBeenLastCalledWith({
      reportId: 'agreement-1',
      format: 'html',
      fileName: 'agreement.html',
    });

    test.state().markAgreementStale('ann');
    await test.state().exportAgreementReport('html', { replace: true });
    expect(exported).toHaveBeenLastCalledWith({
      format: 'html',
      fileName: 'agreement.html',
      replace: true,
    });
  });

  it('marks the report stale at once when its files change while it is computed', async () => {
    steps = [reading(1, 2)];
    const loaded = test.state().loadAgreementReport();
    await vi.advanceTimersByTimeAsync(100);
    // Gold is not among the annotators the report covers; ben is.
    test.state().markAgreementStale('gold');
    await Promise.all([loaded, vi.advanceTimersByTimeAsync(AGREEMENT_POLL_INTERVAL_MS)]);
    expect(test.state().agreement.stale).toBe(false);

    steps = [reading(1, 2)];
    const again = test.state().loadAgreementReport();
    await vi.advanceTimersByTimeAsync(100);
    test.state().markAgreementStale('ben');
    await Promise.all([again, vi.advanceTimersByTimeAsync(AGREEMENT_POLL_INTERVAL_MS)]);
    expect(test.state().agreement).toMatchObject({ stale: true, computing: null });
  });
});
