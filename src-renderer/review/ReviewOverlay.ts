import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

/** One annotator's span to draw in the compare view, already in ProseMirror positions. */
export interface OverlaySpan {
  id: string;
  label: string;
  annotator: string;
  /** Shown as a badge after the span (CSS `attr(data-initials)`). */
  initials: string;
  /** The annotator's band: 0 for the first compared annotator, +1 for each next one. */
  band: number;
  /** ProseMirror positions, `to` exclusive. */
  from: number;
  to: number;
  /** CSS hex colour of the label (validated by the project config). */
  colour: string;
  /** Part of the disagreement being looked at. */
  active: boolean;
}

export interface ReviewOverlayOptions {
  /** Base CSS class; modifiers add `--band-N` and `--active`. */
  className: string;
  /** Bands from this one on share one CSS class (the offset comes from `--annotator-band`). */
  deepestBandClass: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    reviewOverlay: {
      /** Draws exactly these spans of several annotators over the article. */
      setOverlaySpans: (spans: readonly OverlaySpan[]) => ReturnType;
    };
  }
}

export const reviewOverlayKey = new PluginKey<DecorationSet>('reviewOverlay');

function createDecoration(span: OverlaySpan, options: ReviewOverlayOptions): Decoration {
  const base = options.className;
  const classes = [base, `${base}--band-${Math.min(span.band, options.deepestBandClass)}`];
  if (span.active) classes.push(`${base}--active`);
  return Decoration.inline(span.from, span.to, {
    // Every decoration its own element, so several annotators' spans nest instead of merging.
    nodeName: 'span',
    class: classes.join(' '),
    style: `--label-colour: ${span.colour}; --annotator-band: ${span.band}`,
    'data-annotation-id': span.id,
    'data-label': span.label,
    'data-annotator': span.annotator,
    'data-initials': span.initials,
  });
}

/**
 * Several annotators' spans over one read-only article, for comparison: inline decorations in
 * plugin state, each carrying `data-annotation-id`, `data-label`, `data-annotator` and
 * `data-initials`. The compare view redraws the whole set: it changes only on a decision.
 */
export const ReviewOverlay = Extension.create<ReviewOverlayOptions>({
  name: 'reviewOverlay',

  addOptions() {
    return { className: 'review-span', deepestBandClass: 5 };
  },

  addCommands() {
    return {
      setOverlaySpans:
        (spans) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(reviewOverlayKey, spans).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<DecorationSet>({
        key: reviewOverlayKey,
        state: {
          init: () => DecorationSet.empty,
          apply(transaction, value) {
            const spans = transaction.getMeta(reviewOverlayKey) as
              readonly OverlaySpan[] | undefined;
            const current = transaction.docChanged ? DecorationSet.empty : value;
            if (!spans) return current;
            const size = transaction.doc.content.size;
            return DecorationSet.create(
              transaction.doc,
              spans
                .filter((span) => span.from < span.to && span.from >= 0 && span.to <= size)
                .map((span) => createDecoration(span, options)),
            );
          },
        },
        props: {
          decorations: (state) => reviewOverlayKey.getState(state),
        },
      }),
    ];
  },
});
