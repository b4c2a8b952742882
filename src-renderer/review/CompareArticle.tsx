import { EditorContent, useEditor } from '@tiptap/react';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useShallow } from '../store/useShallow';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import { elementWithAttribute } from '../dom/elementWithAttribute';
import { ReactSelectionShield } from '../editor/ReactSelectionShield';
import { READ_ONLY_CORE_EXTENSIONS, ReadOnlyArticle } from '../editor/ReadOnlyArticle';
import { afterNextPaint } from '../performance/paintMarks';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import { selectArticlePositions, selectLabelAppearances } from '../store/selectors';
import { overlaySpansFor } from './overlaySpansFor';
import { ReviewOverlay } from './ReviewOverlay';
import { selectDisagreements, selectSpansByAnnotator } from './reviewSelectors';

const EXTENSIONS = [ReadOnlyArticle, ReviewOverlay, ReactSelectionShield];

function editorPropsFor(name: string) {
  return {
    attributes: {
      class: 'article-text review-article__text',
      'aria-label': name,
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      role: 'textbox',
      spellcheck: 'false',
    },
  };
}

/**
 * The open article, read-only, with several annotators' spans drawn over it. Selecting text here
 * and pressing a label hotkey tags gold, the annotator being edited in review.
 */
export function CompareArticle({
  annotators,
  name,
}: {
  /** Whose spans to draw, each in its own band. */
  annotators: readonly string[];
  /** The accessible name of the article text. */
  name: string;
}) {
  const store = useAppStoreApi();
  const { opened, activeKey, revealSerial } = useAppStore(
    useShallow((state) => ({
      opened: state.opened,
      activeKey: state.activeDisagreementKey,
      revealSerial: state.revealSerial,
    })),
  );
  const spansByAnnotator = useAppStore(
    useShallow((state) => ({
      ...selectSpansByAnnotator(state),
      [GOLD_ANNOTATOR]: state.annotations,
    })),
  );
  const items = useAppStore(selectDisagreements);
  const appearances = useAppStore(selectLabelAppearances);
  const article = opened?.article;
  const positions = useAppStore(selectArticlePositions);
  const positionsRef = useRef(positions);
  const active = items.find((item) => item.key === activeKey);

  // Stable while `name` is: TipTap hands changed options to the view on every render, and the
  // view then recomputes every span decoration of the review.
  const editorProps = useMemo(() => editorPropsFor(name), [name]);
  const editor = useEditor({
    extensions: EXTENSIONS,
    enableCoreExtensions: READ_ONLY_CORE_EXTENSIONS,
    editable: true,
    editorProps,
    onSelectionUpdate: ({ editor: current }) => {
      const map = positionsRef.current;
      if (!map) return;
      const { from, to } = current.state.selection;
      store.getState().setTextSelection({ start: map.toCodePoint(from), end: map.toCodePoint(to) });
    },
  });

  // Editor updates wait for the paint of the React commit that asked for them. In Chromium every
  // ProseMirror update first reads the DOM selection, which lays out whatever React just changed:
  // run from an effect, that put the layout of the whole review into the commit's task.
  // afterNextPaint runs a paint's callbacks in one task, in the order they were asked for.
  const afterPaint = useCallback(
    (update: () => void) =>
      afterNextPaint(() => {
        if (!editor.isDestroyed) update();
      }),
    [editor],
  );

  useEffect(() => {
    afterPaint(() => {
      // With the text it maps: selections are read against the article the editor shows.
      positionsRef.current = positions;
      if (article) editor.chain().loadArticle(article.text).scrollIntoView().run();
    });
  }, [afterPaint, editor, article, positions]);

  useEffect(() => {
    if (!positions) return;
    const activeIds = new Set(
      Object.entries(active?.spans ?? {}).flatMap(([annotator, spans]) =>
        spans.map((span) => `${annotator}\u0000${span.id}`),
      ),
    );
    const overlay = overlaySpansFor(
      annotators,
      spansByAnnotator,
      positions,
      appearances,
      activeIds,
    );
    afterPaint(() => editor.commands.setOverlaySpans(overlay));
  }, [afterPaint, editor, positions, annotators, spansByAnnotator, appearances, active]);

  useEffect(() => {
    if (!active) return;
    const first = Object.values(active.spans).flat()[0];
    if (!first) return;
    // After the overlay above is drawn. Not smooth: side by side, two columns scroll at once,
    // and Chromium runs one smooth scroll.
    afterPaint(() =>
      elementWithAttribute(editor.view.dom, 'data-annotation-id', first.id)?.scrollIntoView?.({
        block: 'center',
      }),
    );
  }, [afterPaint, editor, active, revealSerial]);

  function onClick(event: React.MouseEvent<HTMLDivElement>): void {
    if (!editor.state.selection.empty) return;
    const target = event.target instanceof Element ? event.target : null;
    const element = target?.closest<HTMLElement>('[data-annotation-id]');
    if (!element) return;
    const id = element.getAttribute('data-annotation-id');
    const annotator = element.getAttribute('data-annotator');
    if (annotator === GOLD_ANNOTATOR) {
      store.getState().selectAnnotation(id);
      return;
    }
    const item = items.find((candidate) =>
      (candidate.spans[annotator ?? ''] ?? []).some((span) => span.id === id),
    );
    if (item) store.getState().selectDisagreement(item.key);
  }

  return (
    <div className="review-article" onClick={onClick}>
      <EditorContent editor={editor} />
    </div>
  );
}
