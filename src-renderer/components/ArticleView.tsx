import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';
import { useShallow } from '../store/useShallow';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { compareTextOrder } from '../article/textOrder';
import { AnnotationHighlights } from '../editor/AnnotationHighlights';
import { FindInArticle } from '../editor/FindInArticle';
import { ReactSelectionShield } from '../editor/ReactSelectionShield';
import { READ_ONLY_CORE_EXTENSIONS, ReadOnlyArticle } from '../editor/ReadOnlyArticle';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import {
  selectArticlePositions,
  selectDrawnAnnotations,
  selectLabelAppearances,
} from '../store/selectors';
import { ColourClassStyles } from './ColourClassStyles';
import { FindBar } from './FindBar';
import { SpanHoverCard } from './SpanHoverCard';
import { useArticleEditorSync } from './useArticleEditorSync';
import { formatCount } from './formatCount';

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

const NO_SPANS: readonly Annotation[] = [];

// Stable, so that TipTap finds the editor's options unchanged when the view re-renders.
const EXTENSIONS = [ReadOnlyArticle, AnnotationHighlights, FindInArticle, ReactSelectionShield];
const EDITOR_PROPS = {
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
};

/** The article, read-only, with the spans drawn over it; selecting text here is how spans begin. */
export function ArticleView() {
  const store = useAppStoreApi();
  const { opened, openingId, documentError, findOpen } = useAppStore(
    useShallow((state) => ({
      opened: state.opened,
      openingId: state.openingDocumentId,
      documentError: state.documentError,
      findOpen: state.findOpen,
    })),
  );
  const appearances = useAppStore(selectLabelAppearances);
  const article = opened?.article;
  const [hover, setHover] = useState<Hover | null>(null);
  // The spans are read only while the pointer rests on one: tags do not re-render this view.
  const drawn = useAppStore((state) => (hover ? selectDrawnAnnotations(state) : NO_SPANS));

  const editor = useEditor({
    extensions: EXTENSIONS,
    enableCoreExtensions: READ_ONLY_CORE_EXTENSIONS,
    // Editable so the caret and Shift+arrow selection work; ReadOnlyArticle refuses changes.
    editable: true,
    editorProps: EDITOR_PROPS,
    onSelectionUpdate: ({ editor: current }) => {
      const positions = selectArticlePositions(store.getState());
      if (!positions) return;
      const { from, to } = current.state.selection;
      store.getState().setTextSelection({
        start: positions.toCodePoint(from),
        end: positions.toCodePoint(to),
      });
    },
  });

  const scrollerRef = useRef<HTMLDivElement>(null);
  // Kept from scroll events: reading or setting the scroll offset forces a layout.
  const scrolledDown = useRef(false);
  useArticleEditorSync(editor, () => {
    setHover(null);
    // A new article starts at its top. Done here, while the view is empty, rather than by
    // ProseMirror scrolling to the selection, which would lay out the whole new article in the
    // middle of the open and again in the frame that paints it.
    if (!scrolledDown.current) return;
    scrolledDown.current = false;
    scrollerRef.current?.scrollTo?.({ top: 0 });
  });

  // ProseMirror learns of a keyboard or mouse selection from `selectionchange`, a moment after
  // it happens; a hotkey pressed at once would tag the previous selection. So every key press in
  // the article first reads the selection from the DOM, before the workbench's shortcuts run.
  useEffect(() => {
    const dom = editor.view.dom;
    function syncSelection(): void {
      const positions = selectArticlePositions(store.getState());
      const selection = dom.ownerDocument.getSelection();
      const { anchorNode, focusNode } = selection ?? {};
      if (!positions || !selection || !anchorNode || !focusNode) return;
      if (!dom.contains(anchorNode) || !dom.contains(focusNode)) return;
      try {
        const anchor = editor.view.posAtDOM(anchorNode, selection.anchorOffset);
        const head = editor.view.posAtDOM(focusNode, selection.focusOffset);
        store.getState().setTextSelection({
          start: positions.toCodePoint(Math.min(anchor, head)),
          end: positions.toCodePoint(Math.max(anchor, head)),
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
        ref={scrollerRef}
        hidden={!article}
        onClick={onClick}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onScroll={(event) => (scrolledDown.current = event.currentTarget.scrollTop > 0)}
      >
        {article && (
          <header className="article-view__header">
            <h2 className="article-view__title">{article.title || article.id}</h2>
            <p className="article-view__meta">
              <span>{article.path}</span> ·{' '}
              <span>{formatCount(article.textLength)} characters</span>
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
