import { afterEach, describe, expect, it, vi } from 'vitest';
import { RecoveryJournalWriter, type JournalSnapshot } from './recoveryJournalWriter';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function snapshotWith(count: number): JournalSnapshot {
  return {
    documentId: '288',
    annotator: 'alice',
    baseRevision: null,
    status: 'in-progress',
    annotations: Array.from({ length: count }, (_, index) => ({
      id: `s${index}`,
      label: 'demand',
      start: index,
      end: index + 1,
      text: 'x',
    })),
  };
}

function writerFor(snapshot: () => JournalSnapshot | null) {
  const write = vi.fn(async () => undefined);
  const writer = new RecoveryJournalWriter({
    write,
    snapshot,
    beforeWrite: async () => undefined,
    intervalMs: 1000,
    onFailure: () => undefined,
  });
  return { writer, write };
}

describe('RecoveryJournalWriter', () => {
  it('writes in an idle moment, no later than the interval after the edit', async () => {
    vi.useFakeTimers();
    const idle: { run: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestIdleCallback', (run: () => void, options?: { timeout?: number }) => {
      idle.push({ run, timeout: options?.timeout });
      return idle.length;
    });
    const current = snapshotWith(3);
    const { writer, write } = writerFor(() => current);

    writer.changed();
    writer.changed();
    await vi.advanceTimersByTimeAsync(899);
    expect(idle).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    // The browser runs the write when idle, and at the latest when 100 ms more have passed.
    expect(idle).toEqual([{ run: expect.any(Function), timeout: 100 }]);
    expect(write).not.toHaveBeenCalled();

    idle[0]!.run();
    await vi.advanceTimersByTimeAsync(0);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write).toHaveBeenCalledWith(current);
  });

  it('writes at the end of the interval where there are no idle callbacks', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const { writer, write } = writerFor(() => snapshotWith(1));

    writer.changed();
    await vi.advanceTimersByTimeAsync(900);

    expect(write).toHaveBeenCalledTimes(1);
  });

  it('schedules again after a write, and skips a snapshot it already wrote', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const same = snapshotWith(2);
    const { writer, write } = writerFor(() => same);

    writer.changed();
    await vi.advanceTimersByTimeAsync(1000);
    writer.changed();
    await vi.advanceTimersByTimeAsync(1000);

    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes again when only gold’s rejections changed', async () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const spans = snapshotWith(2);
    let current: JournalSnapshot = { ...spans, rejected: [] };
    const { writer, write } = writerFor(() => current);

    writer.changed();
    await vi.advanceTimersByTimeAsync(1000);
    current = {
      ...spans,
      rejected: [{ disagreementKey: 'only-some:1-2', adjudicator: 'ana', rejectedAt: 'now' }],
    };
    writer.changed();
    await vi.advanceTimersByTimeAsync(1000);

    expect(write).toHaveBeenCalledTimes(2);
    expect(write).toHaveBeenLastCalledWith(current);
  });
});
