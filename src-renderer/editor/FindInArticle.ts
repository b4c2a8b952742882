import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export interface FindInArticleOptions {
  matchClassName: string;
  currentMatchClassName: string;
  /** Matches beyond this many are counted as "more" and not drawn, to keep typing fast. */
  maxMatches: number;
}

/** A match in ProseMirror positions, `to` exclusive. */
export interface FindMatch {
  from: number;
  to: number;
}

export interface FindState {
  query: string;
  matches: readonly FindMatch[];
  /** Index into `matches` of the current match; -1 when there is none. */
  currentIndex: number;
  /** True when the article has more than `maxMatches` matches. */
  truncated: boolean;
  decorations: DecorationSet;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findInArticle: {
      /** Finds every case-insensitive occurrence of `query`; selects the first after the caret. */
      setFindQuery: (query: string) => ReturnType;
      /** Selects and scrolls to the next match, wrapping at the end. */
      findNext: () => ReturnType;
      /** Selects and scrolls to the previous match, wrapping at the start. */
      findPrevious: () => ReturnType;
      clearFind: () => ReturnType;
    };
  }
}

export const findInArticleKey = new PluginKey<FindState>('findInArticle');

const EMPTY: FindState = {
  query: '',
  matches: [],
  currentIndex: -1,
  truncated: false,
  decorations: DecorationSet.empty,
};

type FindMeta =
  | { query: string; matches: FindMatch[]; truncated: boolean; currentIndex: number }
  | { step: 1 | -1 }
  | { clear: true };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Matches inside single lines (paragraphs), since a query never contains a line break. */
function findMatches(doc: ProseMirrorNode, query: string, limit: number) {
  const matches: FindMatch[] = [];
  if (query === '') return { matches, truncated: false };
  // The "u" flag keeps astral characters whole; "i" folds case without changing offsets.
  const pattern = new RegExp(escapeRegExp(query), 'giu');
  let truncated = false;
  doc.descendants((node, offset) => {
    if (truncated) return false;
    // Paragraphs sit inside sections: descend until the text blocks.
    if (!node.isTextblock) return true;
    for (const found of node.textContent.matchAll(pattern)) {
      if (matches.length === limit) {
        truncated = true;
        return false;
      }
      const from = offset + 1 + found.index;
      matches.push({ from, to: from + found[0].length });
    }
    return false;
  });
  return { matches, truncated };
}

function decorate(
  doc: ProseMirrorNode,
  matches: readonly FindMatch[],
  currentIndex: number,
  options: FindInArticleOptions,
): DecorationSet {
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.from, match.to, {
        class:
          index === currentIndex
            ? `${options.matchClassName} ${options.currentMatchClassName}`
            : options.matchClassName,
      }),
    ),
  );
}

function withCurrent(
  state: FindState,
  currentIndex: number,
  doc: ProseMirrorNode,
  options: FindInArticleOptions,
): FindState {
  return {
    ...state,
    currentIndex,
    decorations: decorate(doc, state.matches, currentIndex, options),
  };
}

/**
 * Find in article (Ctrl/Cmd+F): matches as decorations, the current one drawn distinctly and
 * selected, so the analyst can tag a found phrase straight away.
 */
export const FindInArticle = Extension.create<FindInArticleOptions>({
  name: 'findInArticle',

  addOptions() {
    return {
      matchClassName: 'parley-find-match',
      currentMatchClassName: 'parley-find-match--current',
      maxMatches: 10_000,
    };
  },

  addCommands() {
    const select =
      (step: 1 | -1) =>
      ({
        tr,
        state,
        dispatch,
      }: {
        tr: EditorState['tr'];
        state: EditorState;
        dispatch?: unknown;
      }) => {
        const find = findInArticleKey.getState(state);
        if (!find || find.matches.length === 0) return false;
        if (dispatch) {
          tr.setMeta(findInArticleKey, { step } satisfies FindMeta);
          const count = find.matches.length;
          const next = find.matches[(find.currentIndex + step + count) % count]!;
          tr.setSelection(TextSelection.create(tr.doc, next.from, next.to)).scrollIntoView();
        }
        return true;
      };
    return {
      setFindQuery:
        (query) =>
        ({ tr, state, dispatch }) => {
          if (!dispatch) return true;
          const { matches, truncated } = findMatches(state.doc, query, this.options.maxMatches);
          const after = matches.findIndex((match) => match.from >= state.selection.from);
          const currentIndex = matches.length === 0 ? -1 : Math.max(after, 0);
          tr.setMeta(findInArticleKey, {
            query,
            matches,
            truncated,
            currentIndex,
          } satisfies FindMeta);
          const first = matches[currentIndex];
          if (first) {
            tr.setSelection(TextSelection.create(tr.doc, first.from, first.to)).scrollIntoView();
          }
          return true;
        },
      findNext: () => (props) => select(1)(props),
      findPrevious: () => (props) => select(-1)(props),
      clearFind:
        () =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findInArticleKey, { clear: true } satisfies FindMeta);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<FindState>({
        key: findInArticleKey,
        state: {
          init: () => EMPTY,
          apply(transaction, value) {
            const meta = transaction.getMeta(findInArticleKey) as FindMeta | undefined;
            if (meta && 'clear' in meta) return EMPTY;
            if (meta && 'query' in meta) {
              const { currentIndex, ...found } = meta;
              return withCurrent({ ...EMPTY, ...found }, currentIndex, transaction.doc, options);
            }
            if (meta && 'step' in meta && value.matches.length > 0) {
              const count = value.matches.length;
              return withCurrent(
                value,
                (value.currentIndex + meta.step + count) % count,
                transaction.doc,
                options,
              );
            }
            if (transaction.docChanged && value.query !== '') {
              // Another article: the same query, found afresh.
              const { matches, truncated } = findMatches(
                transaction.doc,
                value.query,
                options.maxMatches,
              );
              return withCurrent(
                { ...value, matches, truncated },
                matches.length > 0 ? 0 : -1,
                transaction.doc,
                options,
              );
            }
            return value;
          },
        },
        props: {
          decorations: (state) => findInArticleKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});

/** The find state of an editor state: query, matches and the current match. */
export function getFindState(state: EditorState): FindState {
  return findInArticleKey.getState(state) ?? EMPTY;
}
