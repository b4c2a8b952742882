import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { ArticlePositions } from '../article/articlePositions';
import { elementWithAttribute } from '../dom/elementWithAttribute';
import { compareTextOrder } from '../article/textOrder';
import { AnnotationHighlights } from '../editor/AnnotationHighlights';
import { FindInArticle } from '../editor/FindInArticle';
import { highlightSpansFor, type HighlightCache } from '../editor/highlightSpansFor';
import { ReactSelectionShield } from '../editor/ReactSelectionShield';
import { ReadOnlyArticle } from '../editor/ReadOnlyArticle';
import {
  afterNextPaint,
  DOCUMENT_LOAD_MARK,
  DOCUMENT_MEASURE,
  DOCUMENT_PAINTED_MARK,
} from '../performance/paintMarks';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import type { EditorRequest } from '../store/uiSlice';
import {
  selectArticlePositions,
  selectDrawnAnnotations,
  selectLabelAppearances,
} from '../store/selectors';
import { ColourClassStyles } from './ColourClassStyles';
import { FindBar } from './FindBar';
import { SpanHoverCard } from './SpanHoverCard';

/** Ids of the span decorations around `target`, innermost first. */
function annotationIdsAround(target: EventTarget | null, root: HTMLElement): string[] {
  const ids: string[] = [];
  for (
    let element = target instanceof Element ? target : null;
    element && element !== root;
    element = element.parentElement
  ) {
    const id = element.getAttribute('data-annotation-id');
    if (id !== null && !ids.includes(id)) ids.push(id);
  }
  return ids;
}

function spansById(annotations: readonly Annotation[], ids: readonly string[]): Annotation[] {
  const wanted = new Set(ids);
  return annotations.filter((annotation) => wanted.has(annotation.id)).sort(compareTextOrder);
}

interface Hover {
  ids: string[];
  x: number;
  y: number;
}

/** The article, read-only, with the spans drawn over it; selecting text here is how spans begin. */
export function ArticleView() {
  const store = useAppStoreApi();
  const { opened, openingId, documentError, selectedId, editorRequest, findOpen } = useAppStore(
    useShallow((state) => ({
      opened: state.opened,
      openingId: state.openingDocumentId,
      documentError: state.documentError,
      selectedId: state.selectedAnnotationId,
      editorRequest: state.editorRequest,
      findOpen: state.findOpen,
    })),
  );
  const drawn = useAppStore(selectDrawnAnnotations);
  const appearances = useAppStore(selectLabelAppearances);
  const article = opened?.article;
  const positions = useAppStore(selectArticlePositions);
  const positionsRef = useRef(positions);
  const paintPending = useRef(false);
  const [hover, setHover] = useState<Hover | null>(null);

  const editor = useEditor({
    extensions: [ReadOnlyArticle, AnnotationHighlights, FindInArticle, ReactSelectionShield],
    // Editable so the caret and Shift+arrow selection work; ReadOnlyArticle refuses changes.
    editable: true,
    editorProps: {
      attributes: {
        class: 'article-text',
        'aria-label': 'Article text',
        'aria-readonly': 'true',
        'aria-multiline': 'true',
        role: 'textbox',
        spellcheck: 'false',
        'data-article-editor': '',
        'data-region-focus': '',
      },
    },
    onSelectionUpdate: ({ editor: current }) => {
      const map = positionsRef.current;
      if (!map) return;
      const { from, to } = current.state.selection;
      store.getState().setTextSelection({ start: map.toCodePoint(from), end: map.toCodePoint(to) });
    },
  });

  // Highlights hold ProseMirror positions: one cache per article.
  const highlightCache = useMemo<HighlightCache | undefined>(
    () => (positions ? new WeakMap() : undefined),
    [positions],
  );
  const highlights = useMemo(
    () =>
      positions
        ? highlightSpansFor(drawn, positions, appearances, selectedId, highlightCache)
        : null,
    [drawn, positions, appearances, selectedId, highlightCache],
  );
  const loadedArticle = useRef<typeof article>(undefined);
  const handledRequest = useRef<{ request: EditorRequest; positions: ArticlePositions } | null>(
    null,
  );

  // A new article, changed spans or a request from the store: all of it in one transaction, so
  // ProseMirror updates the DOM and re-places the DOM selection (which forces a layout) once.
  useEffect(() => {
    positionsRef.current = positions;
    if (!article || !positions || !highlights) return;
    const loading = loadedArticle.current !== article;
    if (loading) {
      loadedArticle.current = article;
      performance.mark(DOCUMENT_LOAD_MARK);
      paintPending.current = true;
      // Empty the view first: ProseMirror would otherwise patch the previous article's DOM,
      // node by node, into the new one, which costs more than building it afresh.
      editor.commands.loadArticle('');
      setHover(null);
    }
    // A chain starts from the state as it is now: made after the emptying transaction.
    const chain = editor.chain();
    if (loading) chain.loadArticle(article.text);
    chain.setAnnotationHighlights(highlights);
    // A request is carried out once per document it was made for.
    const handled = handledRequest.current;
    const request =
      editorRequest && (handled?.request !== editorRequest || handled.positions !== positions)
        ? editorRequest
        : null;
    if (editorRequest) handledRequest.current = { request: editorRequest, positions };
    let revealed: string | undefined;
    if (request?.kind === 'collapse-selection') {
      const caret = store.getState().textSelection?.end;
      chain.setTextSelection(
        caret === undefined ? editor.state.selection.to : positions.toPosition(caret),
      );
    } else if (request?.kind === 'find-step') {
      if (request.step === 1) chain.findNext();
      else chain.findPrevious();
    } else if (request) {
      const annotation = store
        .getState()
        .annotations.find((candidate) => candidate.id === request.annotationId);
      if (annotation) {
        chain.setTextSelection(positions.toPosition(annotation.start));
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
    if (paintPending.current) {
      paintPending.current = false;
      afterNextPaint(() => {
        performance.mark(DOCUMENT_PAINTED_MARK);
        if (performance.getEntriesByName(DOCUMENT_LOAD_MARK, 'mark').length > 0) {
          performance.measure(DOCUMENT_MEASURE, DOCUMENT_LOAD_MARK, DOCUMENT_PAINTED_MARK);
        }
      });
    }
  }, [editor, article, positions, highlights, editorRequest, store]);

  // ProseMirror learns of a keyboard or mouse selection from `selectionchange`, a moment after
  // it happens; a hotkey pressed at once would tag the previous selection. So every key press in
  // the article first reads the selection from the DOM, before the workbench's shortcuts run.
  useEffect(() => {
    const dom = editor.view.dom;
    function syncSelection(): void {
      const map = positionsRef.current;
      const selection = dom.ownerDocument.getSelection();
      const { anchorNode, focusNode } = selection ?? {};
      if (!map || !selection || !anchorNode || !focusNode) return;
      if (!dom.contains(anchorNode) || !dom.contains(focusNode)) return;
      try {
        const anchor = editor.view.posAtDOM(anchorNode, selection.anchorOffset);
        const head = editor.view.posAtDOM(focusNode, selection.focusOffset);
        store.getState().setTextSelection({
          start: map.toCodePoint(Math.min(anchor, head)),
          end: map.toCodePoint(Math.max(anchor, head)),
        });
      } catch {
        // A DOM point outside ProseMirror's content: keep the selection it reported last.
      }
    }
    dom.addEventListener('keydown', syncSelection);
    return () => dom.removeEventListener('keydown', syncSelection);
  }, [editor, store]);

  function onClick(event: React.MouseEvent<HTMLDivElement>): void {
    if (!editor.state.selection.empty) return;
    const ids = annotationIdsAround(event.target, editor.view.dom);
    // The shortest span under the pointer is the one the analyst most likely meant.
    const candidates = spansById(store.getState().annotations, ids);
    const shortest = candidates.reduce<Annotation | undefined>(
      (best, annotation) =>
        !best || annotation.end - annotation.start < best.end - best.start ? annotation : best,
      undefined,
    );
    store.getState().selectAnnotation(shortest?.id ?? null);
  }

  function onMouseMove(event: React.MouseEvent<HTMLDivElement>): void {
    const ids = annotationIdsAround(event.target, editor.view.dom);
    if (ids.length === 0) {
      if (hover) setHover(null);
      return;
    }
    // The card stays where it appeared while the pointer is over the same spans.
    if (hover && hover.ids.join('\u0000') === ids.join('\u0000')) return;
    setHover({ ids, x: event.clientX, y: event.clientY });
  }

  const hovered = hover ? spansById(drawn, hover.ids) : [];

  return (
    <section className="article-view" aria-label="Article" data-region tabIndex={-1}>
      <ColourClassStyles appearances={appearances} />
      {findOpen && <FindBar editor={editor} />}
      {!article && (
        <p className="article-view__empty">
          {openingId ? 'Opening…' : 'Choose a document from the list to start tagging.'}
        </p>
      )}
      {documentError && (
        <p role="alert" className="article-view__error">
          {documentError}
        </p>
      )}
      <div
        className="article-view__scroller"
        hidden={!article}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
      >
        {article && (
          <header className="article-view__header">
            <h2 className="article-view__title">{article.title || article.id}</h2>
            <p className="article-view__meta">
              <span>{article.path}</span> ·{' '}
              <span>{article.textLength.toLocaleString()} characters</span>
              {opened.status === 'done' ? (
                <span className="status-tag status-tag--done">Done</span>
              ) : null}
            </p>
            {opened.readOnlyReason !== null && (
              <p className="read-only-banner" role="note">
                Read-only: {opened.readOnlyReason}
              </p>
            )}
          </header>
        )}
        <EditorContent editor={editor} />
      </div>
      {hover && (
        <SpanHoverCard annotations={hovered} appearances={appearances} x={hover.x} y={hover.y} />
      )}
    </section>
  );
}
