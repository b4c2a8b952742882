import type { JournaledEdits } from '../../src-main/contract/parleyContract';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { Rejection } from '../../src-main/core/review/adjudication';

/** What is journaled: the spans as the store holds them (immutable, compared by reference). */
export type JournalSnapshot = Omit<JournaledEdits, 'annotations' | 'rejected'> & {
  annotations: readonly Annotation[];
  rejected?: readonly Rejection[];
};

/** Milliseconds: unsaved edits reach the recovery journal at most this long after they happen. */
export const RECOVERY_JOURNAL_INTERVAL_MS = 1000;

/**
 * Milliseconds at the end of the interval in which the write waits for an idle moment, so that
 * serializing thousands of spans does not land in the frame of the analyst's next tag. Short
 * enough that the autosave (800 ms after the last edit) still comes first when it can.
 */
const IDLE_GRACE_MS = 100;

/** Runs `then` when the page is idle, within `timeoutMs`; at once where there are no idle callbacks. */
function whenIdle(then: () => void, timeoutMs: number): void {
  if (typeof requestIdleCallback === 'function') {
    requestIdleCallback(() => then(), { timeout: timeoutMs });
  } else {
    then();
  }
}

function sameSnapshot(a: JournalSnapshot, b: JournalSnapshot | undefined) {
  return (
    b !== undefined &&
    a.documentId === b.documentId &&
    a.annotator === b.annotator &&
    a.baseRevision === b.baseRevision &&
    a.status === b.status &&
    // Span and rejection lists are immutable: an edit always makes a new array.
    a.annotations === b.annotations &&
    a.rejected === b.rejected
  );
}

export interface RecoveryJournalWriterOptions {
  write: (snapshot: JournalSnapshot) => Promise<unknown>;
  /** What to journal now; null when nothing is unsaved. */
  snapshot: () => JournalSnapshot | null;
  /** Awaited before each write, so a journal never races a save of the same spans. */
  beforeWrite: () => Promise<void>;
  intervalMs: number;
  onFailure: (error: unknown) => void;
}

/**
 * Sends the open document's unsaved spans to the host's recovery journal, throttled (at most
 * one write per interval, however fast the edits come) and skipped when nothing changed since
 * the last write.
 */
export class RecoveryJournalWriter {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private writing: Promise<void> | undefined;
  private last: JournalSnapshot | undefined;

  constructor(private readonly options: RecoveryJournalWriterOptions) {}

  /** An edit happened: journal it within the interval, at an idle moment near its end. */
  changed(): void {
    if (this.timer !== undefined) return;
    const grace = Math.min(IDLE_GRACE_MS, this.options.intervalMs / 4);
    this.timer = setTimeout(() => {
      whenIdle(() => {
        this.timer = undefined;
        void this.writeNow();
      }, grace);
    }, this.options.intervalMs - grace);
  }

  async writeNow(): Promise<void> {
    await this.options.beforeWrite();
    while (this.writing) await this.writing;
    const snapshot = this.options.snapshot();
    if (snapshot === null || sameSnapshot(snapshot, this.last)) return;
    this.last = snapshot;
    this.writing = this.options.write(snapshot).then(
      () => undefined,
      (error: unknown) => {
        this.last = undefined;
        this.options.onFailure(error);
      },
    );
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
    }
  }

  /** Resolves once no write is in progress. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  /** A save removed the journal: the next snapshot must be written even if it looks the same. */
  forget(): void {
    this.last = undefined;
  }
}
