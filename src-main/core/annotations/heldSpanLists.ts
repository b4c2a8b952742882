import type { Annotation } from './annotationSchema';
import {
  AmbiguousSpanChanges,
  applySpanListChanges,
  type SpanListChanges,
} from './spanListChanges';
import { ParleyError } from '../errors';

/** Spans as a contract input carries them: the whole list, or changes to a held list. */
export type SentSpans =
  | { annotations: Annotation[] }
  | { changesSince: SpanListChanges<Annotation> & { listId: string } };

/**
 * The span list the host last sent or received for each annotator's document (opened, saved,
 * journaled), under a fresh name each time, so that the page can send only what changed since.
 * Bounded: a list evicted, or lost with a restart of the host, makes the page send its whole
 * list again.
 */
export class HeldSpanLists {
  private readonly lists = new Map<string, { listId: string; annotations: Annotation[] }>();

  constructor(
    private readonly createId: () => string,
    private readonly capacity = 16,
  ) {}

  /** The whole list `sent` stands for; null when its changes are to a list no longer held. */
  resolve(
    annotator: string,
    documentId: string,
    sent: SentSpans,
    file: string,
  ): Annotation[] | null {
    if ('annotations' in sent) return sent.annotations;
    const base = this.lists.get(keyOf(annotator, documentId));
    if (base?.listId !== sent.changesSince.listId) return null;
    try {
      return applySpanListChanges(base.annotations, sent.changesSince);
    } catch (error) {
      if (error instanceof AmbiguousSpanChanges) throw new ParleyError(file, error.message);
      throw error;
    }
  }

  /** Holds `annotations` as the list the page now has; answers its new name. */
  hold(annotator: string, documentId: string, annotations: Annotation[]): string {
    const key = keyOf(annotator, documentId);
    const listId = this.createId();
    // Re-inserting keeps the Map in least-recently-held order for eviction.
    this.lists.delete(key);
    this.lists.set(key, { listId, annotations });
    for (const oldest of this.lists.keys()) {
      if (this.lists.size <= this.capacity) break;
      this.lists.delete(oldest);
    }
    return listId;
  }

  forget(annotator: string, documentId: string): void {
    this.lists.delete(keyOf(annotator, documentId));
  }
}

function keyOf(annotator: string, documentId: string): string {
  return JSON.stringify([annotator, documentId]);
}
