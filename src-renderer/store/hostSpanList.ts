import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { diffSpanLists } from '../../src-main/core/annotations/spanListChanges';

/** Whose spans: one annotator's of one document. */
export interface SpanListOwner {
  documentId: string;
  annotator: string;
}

/** Spans as a save or journal write carries them: whole, or as changes to the held list. */
export type SpansToSend =
  | { annotations: Annotation[] }
  | { changesSince: { listId: string; removedIds: string[]; upserted: Annotation[] } };

/**
 * The page's side of the span list the host holds for the open document (HeldSpanLists, in
 * core/annotations): saves and journal writes send their spans as changes to it, so that one
 * tag on a 5,000-span document sends one span, not two megabytes that took the page 65–144 ms.
 */
export class HostSpanList {
  private held: (SpanListOwner & { annotations: readonly Annotation[]; listId: string }) | null =
    null;

  /** The host now holds `annotations` under `listId`; undefined when it holds none for us. */
  hold(owner: SpanListOwner, annotations: readonly Annotation[], listId: string | undefined) {
    this.held = listId === undefined ? null : { ...owner, annotations, listId };
  }

  forget(): void {
    this.held = null;
  }

  /** `annotations` as changes to the held list where that list is the owner's, else whole. */
  spansFor(owner: SpanListOwner, annotations: readonly Annotation[]): SpansToSend {
    const held = this.held;
    if (held && held.documentId === owner.documentId && held.annotator === owner.annotator) {
      const changes = diffSpanLists(held.annotations, annotations);
      if (changes) return { changesSince: { listId: held.listId, ...changes } };
    }
    return { annotations: [...annotations] };
  }

  /**
   * Sends `annotations` with `send`, as changes where it can; when the host no longer holds
   * their base (restarted, or another window wrote since), once more as the whole list. An
   * answer that names a list (`spanListId`) makes `annotations` the held list.
   */
  async send<Result extends { outcome: string; spanListId?: string }>(
    owner: SpanListOwner,
    annotations: readonly Annotation[],
    send: (spans: SpansToSend) => Promise<Result>,
  ): Promise<Exclude<Result, { outcome: 'base-unknown' }>> {
    const spans = this.spansFor(owner, annotations);
    let result = await send(spans);
    if (result.outcome === 'base-unknown' && 'changesSince' in spans) {
      this.forget();
      result = await send({ annotations: [...annotations] });
    }
    if (result.outcome === 'base-unknown') {
      throw new Error('the Parley host refused the whole span list as changes to a lost one');
    }
    if (result.spanListId !== undefined) this.hold(owner, annotations, result.spanListId);
    return result as Exclude<Result, { outcome: 'base-unknown' }>;
  }
}
