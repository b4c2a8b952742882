import type { Editor } from '@tiptap/react';
import { useEffect, useEffectEvent } from 'react';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { ArticlePositions } from '../article/articlePositions';
import { elementWithAttribute } from '../dom/elementWithAttribute';
import type { HighlightSpan } from '../editor/AnnotationHighlights';
import {
  highlightSpansFor,
  highlightsStartingBefore,
  type HighlightCache,
} from '../editor/highlightSpansFor';
import type { LabelAppearance } from '../labels/labelAppearance';
import {
  afterNextPaint,
  DOCUMENT_COMPLETE_MARK,
  DOCUMENT_COMPLETE_MEASURE,
  DOCUMENT_LOAD_MARK,
  DOCUMENT_MEASURE,
  DOCUMENT_PAINTED_MARK,
} from '../performance/paintMarks';
import type { AppStore } from '../store/appStore';
import { useAppStoreApi } from '../store/AppStoreProvider';
import type { AppStoreApi } from '../store/createAppStore';
import {
  selectAnnotationById,
  selectArticlePositions,
  selectDrawnAnnotations,
  selectLabelAppearances,
} from '../store/selectors';
import type { EditorRequest } from '../store/uiSlice';

type Article = NonNullable<AppStore['opened']>['article'];

/**
 * Code points at the start of a newly opened article whose spans are drawn before its first
 * paint; the spans after them follow in the task after that paint. An article opens at its
 * top, and the tallest window shows well under this much of it (70 characters a line).
 */
const FIRST_SCREEN_CODE_POINTS = 8_000;

/** What the article's editor shows, as read from the store. */
interface Shown {
  article: Article;
  positions: ArticlePositions;
  drawn: readonly Annotation[];
  appearances: ReadonlyMap<string, LabelAppearance>;
  selectedId: string | null;
  request: EditorRequest | null;
}

function shownFrom(state: AppStore): Shown | null {
  const article = state.opened?.article;
  const positions = selectArticlePositions(state);
  if (!article || !positions) return null;
  return {
    article,
    positions,
    drawn: selectDrawnAnnotations(state),
    appearances: selectLabelAppearances(state),
    selectedId: state.selectedAnnotationId,
    request: state.editorRequest,
  };
}

function sameShown(a: Shown, b: Shown): boolean {
  return (
    a.article === b.article &&
    a.positions === b.positions &&
    a.drawn === b.drawn &&
    a.appearances === b.appearances &&
    a.selectedId === b.selectedId &&
    a.request === b.request
  );
}

/**
 * Hands the open article, its spans and the store's editor requests to ProseMirror, straight
 * from the store rather than through React: a tag changes the spans, the selected span and the
 * caret, and rendering the component that owns the editor for it would cost a React render, and
 * TipTap's re-applying of the editor's options, before every tag's frame. All store changes made
 * in one task become one transaction, in a microtask, so ProseMirror updates the DOM and
 * re-places the DOM selection (which forces a layout) once.
 */
export function useArticleEditorSync(editor: Editor, onArticleLoaded: () => void): void {
  const store = useAppStoreApi();
  const articleLoaded = useEffectEvent(onArticleLoaded);

  useEffect(() => {
    const sync = new ArticleEditorSync(editor, store, articleLoaded);
    sync.run();
    let scheduled = false;
    const unsubscribe = store.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(() => {
        scheduled = false;
        sync.run();
      });
    });
    return () => {
      unsubscribe();
      sync.dispose();
    };
  }, [editor, store]);
}

class ArticleEditorSync {
  private shown: Shown | null = null;
  private highlights: readonly HighlightSpan[] = [];
  /** Highlights hold ProseMirror positions: one cache per article. */
  private cache: HighlightCache = new WeakMap();
  /** The article whose spans after its first screen are still to be drawn. */
  private restToDraw: Article | null = null;
  /** Set on loading: the complete mark waits for the paint with every span. */
  private completeMarkPending = false;
  private disposed = false;

  constructor(
    private readonly editor: Editor,
    private readonly store: AppStoreApi,
    private readonly onArticleLoaded: () => void,
  ) {}

  dispose(): void {
    this.disposed = true;
  }

  run(): void {
    if (this.disposed || this.editor.isDestroyed) return;
    const next = shownFrom(this.store.getState());
    const previous = this.shown;
    if (!next || (previous && sameShown(previous, next))) return;
    this.shown = next;
    const { editor } = this;
    const loading = previous?.article !== next.article;
    if (previous?.positions !== next.positions) this.cache = new WeakMap();
    if (
      loading ||
      previous.positions !== next.positions ||
      previous.drawn !== next.drawn ||
      previous.appearances !== next.appearances ||
      previous.selectedId !== next.selectedId
    ) {
      this.highlights = highlightSpansFor(
        next.drawn,
        next.positions,
        next.appearances,
        next.selectedId,
        this.cache,
      );
    }
    if (loading) {
      performance.mark(DOCUMENT_LOAD_MARK);
      this.completeMarkPending = true;
      // Empty the view first: ProseMirror would otherwise patch the previous article's DOM,
      // node by node, into the new one, which costs more than building it afresh.
      editor.commands.loadArticle('');
      this.onArticleLoaded();
    }
    // A chain starts from the state as it is now: made after the emptying transaction.
    const chain = editor.chain();
    if (loading) chain.loadArticle(next.article.text);
    // A request is carried out once per article: again when an article loads after it, since
    // opening a document and revealing a span in it asks before the article arrives.
    const request = next.request !== previous?.request || loading ? next.request : null;
    // A new article's first paint draws the spans of its first screen only; a span to reveal
    // may lie anywhere, so then every span is drawn at once.
    const drawnNow =
      loading && request?.kind !== 'reveal-annotation'
        ? highlightsStartingBefore(
            this.highlights,
            next.positions.toPosition(Math.min(FIRST_SCREEN_CODE_POINTS, next.article.textLength)),
          )
        : this.highlights;
    chain.setAnnotationHighlights(drawnNow);
    this.restToDraw = drawnNow === this.highlights ? null : next.article;
    let revealed: string | undefined;
    if (request?.kind === 'collapse-selection') {
      const caret = this.store.getState().textSelection?.end;
      chain.setTextSelection(
        caret === undefined ? editor.state.selection.to : next.positions.toPosition(caret),
      );
    } else if (request?.kind === 'find-step') {
      if (request.step === 1) chain.findNext();
      else chain.findPrevious();
    } else if (request) {
      const annotation = selectAnnotationById(this.store.getState(), request.annotationId);
      if (annotation) {
        chain.setTextSelection(next.positions.toPosition(annotation.start));
        revealed = annotation.id;
      }
    }
    chain.run();
    if (revealed !== undefined) {
      elementWithAttribute(editor.view.dom, 'data-annotation-id', revealed)?.scrollIntoView?.({
        block: 'center',
        behavior: 'smooth',
      });
    }
    if (loading) {
      afterNextPaint(() => markSinceLoad(DOCUMENT_PAINTED_MARK, DOCUMENT_MEASURE), 'timing');
    }
    if (this.restToDraw) {
      const article = this.restToDraw;
      afterNextPaint(() => this.drawRest(article));
    } else {
      this.markCompleteAfterPaint();
    }
  }

  /** Draws the spans after the first screen of `article`, unless a later change already did. */
  private drawRest(article: Article): void {
    if (this.disposed || this.editor.isDestroyed || this.restToDraw !== article) return;
    this.restToDraw = null;
    this.editor.commands.setAnnotationHighlights(this.highlights);
    this.markCompleteAfterPaint();
  }

  /** After the load's first paint with every span drawn: the complete mark, once per load. */
  private markCompleteAfterPaint(): void {
    if (!this.completeMarkPending) return;
    this.completeMarkPending = false;
    afterNextPaint(
      () => markSinceLoad(DOCUMENT_COMPLETE_MARK, DOCUMENT_COMPLETE_MEASURE),
      'timing',
    );
  }
}

/** Sets `mark` and measures it from the last document load, if that was marked. */
function markSinceLoad(mark: string, measure: string): void {
  performance.mark(mark);
  if (performance.getEntriesByName(DOCUMENT_LOAD_MARK, 'mark').length > 0) {
    performance.measure(measure, DOCUMENT_LOAD_MARK, mark);
  }
}
