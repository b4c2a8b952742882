import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { colourClassName } from '../labels/colourClasses';
import { compareCodeUnits } from '../../src-main/core/text/compareCodeUnits';

/** Underline styles, one per label, so labels differ by more than colour. */
export type SpanLineStyle = 'solid' | 'dashed' | 'dotted' | 'double';

/** One span to draw, already in ProseMirror positions. */
export interface HighlightSpan {
  id: string;
  label: string;
  /** ProseMirror positions, `to` exclusive. */
  from: number;
  to: number;
  /** CSS hex colour of the label (validated by the project config). */
  colour: string;
  lineStyle: SpanLineStyle;
  /** Underline depth below the text: 0 for outer spans, +1 per overlapping level. */
  layer: number;
  selected: boolean;
}

export interface AnnotationHighlightsOptions {
  /** Base CSS class of every span decoration; modifiers add `--<style>`, `--layer-N`, `--selected`. */
  className: string;
  /** Layers from this one on share one CSS class (the offset comes from `--span-layer`). */
  deepestLayerClass: number;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    annotationHighlights: {
      /** Draws exactly these spans, re-creating only the decorations that differ. */
      setAnnotationHighlights: (spans: readonly HighlightSpan[]) => ReturnType;
    };
  }
}

interface HighlightState {
  decorations: DecorationSet;
  /** The spans drawn, in the order given (text order), and each one's decoration. */
  spans: readonly HighlightSpan[];
  drawn: readonly Decoration[];
}

export const annotationHighlightsKey = new PluginKey<HighlightState>('annotationHighlights');

const EMPTY_STATE: HighlightState = { decorations: DecorationSet.empty, spans: [], drawn: [] };

/** Text order, longer first, then id: the order highlightSpansFor hands spans over in. */
function compareSpans(a: HighlightSpan, b: HighlightSpan): number {
  return a.from - b.from || b.to - a.to || compareCodeUnits(a.id, b.id);
}

/** True when both draw the same: the same object (the usual case), or equal fields. */
function drawsTheSame(a: HighlightSpan, b: HighlightSpan): boolean {
  return (
    a === b ||
    (a.from === b.from &&
      a.to === b.to &&
      a.label === b.label &&
      a.colour === b.colour &&
      a.lineStyle === b.lineStyle &&
      a.layer === b.layer &&
      a.selected === b.selected)
  );
}

function createDecoration(span: HighlightSpan, options: AnnotationHighlightsOptions): Decoration {
  const base = options.className;
  const colourClass = colourClassName(span.colour);
  const classes = [base, `${base}--${span.lineStyle}`];
  // Layer 0 is the default: one class fewer for most spans.
  if (span.layer > 0)
    classes.push(`${base}--layer-${Math.min(span.layer, options.deepestLayerClass)}`);
  if (colourClass) classes.push(colourClass);
  if (span.selected) classes.push(`${base}--selected`);
  // Inline styles are parsed per element, which adds up over thousands of spans: colour and
  // layer come from classes, and only what no class covers is set inline.
  const inline = [
    colourClass ? '' : `--label-colour: ${span.colour};`,
    span.layer > options.deepestLayerClass ? `--span-layer: ${span.layer};` : '',
  ].join('');
  return Decoration.inline(
    span.from,
    span.to,
    {
      // With a nodeName every decoration gets its own element, so nested and overlapping
      // spans nest in the DOM; without one ProseMirror merges them into one element.
      nodeName: 'span',
      class: classes.join(' '),
      ...(inline ? { style: inline } : {}),
      'data-annotation-id': span.id,
      'data-label': span.label,
    },
    { annotationId: span.id },
  );
}

/**
 * The next state: unchanged spans keep their decoration and the set is patched, not rebuilt.
 * Both lists are in text order, so one pass over them side by side finds what changed, without
 * a lookup table: after a tag in a 5,000-span report, 5,000 pointer comparisons and one new
 * decoration. (Were the orders ever to disagree, a span would be redrawn, never lost.)
 */
function drawSpans(
  previous: HighlightState,
  spans: readonly HighlightSpan[],
  doc: ProseMirrorNode,
  options: AnnotationHighlightsOptions,
): HighlightState {
  if (spans === previous.spans) return previous;
  const before = previous.spans;
  // Every span is usually kept: `spans` itself is then the kept list, and `drawn` is sized once
  // (this runs on every tag; growing two 5,000-entry arrays allocated about four times that).
  let kept: HighlightSpan[] | null = null;
  const drawn = new Array<Decoration>(spans.length);
  let drawnCount = 0;
  const added: Decoration[] = [];
  const removed: Decoration[] = [];
  let next = 0;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!;
    if (span.from >= span.to || span.from < 0 || span.to > doc.content.size) {
      kept ??= spans.slice(0, index);
      continue;
    }
    // Earlier spans of the previous list that come before this one are gone.
    while (next < before.length && before[next] !== span && compareSpans(before[next]!, span) < 0) {
      removed.push(previous.drawn[next++]!);
    }
    let decoration: Decoration | undefined;
    const candidate = before[next];
    if (candidate?.id === span.id) {
      if (drawsTheSame(candidate, span)) decoration = previous.drawn[next];
      else removed.push(previous.drawn[next]!);
      next++;
    }
    if (!decoration) {
      decoration = createDecoration(span, options);
      added.push(decoration);
    }
    kept?.push(span);
    drawn[drawnCount++] = decoration;
  }
  drawn.length = drawnCount;
  while (next < before.length) removed.push(previous.drawn[next++]!);
  if (removed.length === 0 && added.length === 0) return previous;
  // Patching pays off for the usual one-span edit; a wholesale change is cheaper to create.
  const decorations =
    removed.length + added.length > drawn.length / 2
      ? // create() takes decorations out of the array it is given: hand it a copy.
        DecorationSet.create(doc, [...drawn])
      : previous.decorations.remove(removed).add(doc, added);
  return { decorations, spans: kept ?? spans, drawn };
}

/**
 * Annotations as stand-off highlights: inline decorations held in plugin state, never marks
 * in the text. Each carries `data-annotation-id` and `data-label`; its label colour reaches CSS
 * as `--label-colour` through a colour class (see colourClasses.ts, whose rules the page must
 * include) and its underline depth as `--span-layer` through a layer class.
 */
export const AnnotationHighlights = Extension.create<AnnotationHighlightsOptions>({
  name: 'annotationHighlights',

  addOptions() {
    return { className: 'parley-span', deepestLayerClass: 4 };
  },

  addCommands() {
    return {
      setAnnotationHighlights:
        (spans) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(annotationHighlightsKey, spans).setMeta('addToHistory', false);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<HighlightState>({
        key: annotationHighlightsKey,
        state: {
          init: () => EMPTY_STATE,
          apply(transaction, value) {
            const spans = transaction.getMeta(annotationHighlightsKey) as
              readonly HighlightSpan[] | undefined;
            // The text only changes when another article is loaded: its spans come next.
            const current = transaction.docChanged ? EMPTY_STATE : value;
            return spans ? drawSpans(current, spans, transaction.doc, options) : current;
          },
        },
        props: {
          decorations: (state) => annotationHighlightsKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** Ids of the spans currently drawn, for tests and diagnostics. */
export function drawnAnnotationIds(state: EditorState): string[] {
  return (annotationHighlightsKey.getState(state)?.spans ?? []).map((span) => span.id);
}
