import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import { useAppStore } from '../store/AppStoreProvider';
import { selectListedAnnotations } from '../store/selectors';
import { AnnotationListItem } from './AnnotationListItem';
import { scrollTopToReveal, visibleRows } from './visibleRows';

interface Viewport {
  /** Where the list starts in the scroller's content, in px. */
  listTop: number;
  scrollTop: number;
  height: number;
  /** Height of one row, in px (rows have a fixed height in CSS); 0 before it is measured. */
  rowHeight: number;
}

const UNMEASURED: Viewport = { listTop: 0, scrollTop: 0, height: 0, rowHeight: 0 };

function measure(scroller: HTMLElement, list: HTMLElement): Viewport {
  const row = list.querySelector('li');
  return {
    listTop:
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
    scrollTop: scroller.scrollTop,
    height: scroller.clientHeight,
    rowHeight: row?.offsetHeight ?? 0,
  };
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.listTop === b.listTop &&
    a.scrollTop === b.scrollTop &&
    a.height === b.height &&
    a.rowHeight === b.rowHeight
  );
}

/**
 * The document's spans in text order, filtered by label. A long report has thousands of spans:
 * only the rows in and near the view of `scrollerRef` are in the DOM (fixed-height rows, the
 * rest stood in for by padding), so tagging, selecting and scrolling cost the same at 5,000
 * spans as at 50.
 */
export function AnnotationList({
  appearances,
  scrollerRef,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
  scrollerRef: RefObject<HTMLElement | null>;
}) {
  const listed = useAppStore(selectListedAnnotations);
  const selectedId = useAppStore((state) => state.selectedAnnotationId);
  const selectAnnotation = useAppStore((state) => state.selectAnnotation);
  const onSelect = useCallback(
    (annotationId: string) => selectAnnotation(annotationId, { reveal: true }),
    [selectAnnotation],
  );
  const listRef = useRef<HTMLOListElement>(null);
  const [viewport, setViewport] = useState(UNMEASURED);

  const remeasure = useCallback(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    const next = measure(scroller, list);
    setViewport((current) => (sameViewport(current, next) ? current : next));
  }, [scrollerRef]);

  const hasRows = listed.length > 0;
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !hasRows) return;
    remeasure();
    scroller.addEventListener('scroll', remeasure, { passive: true });
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
    resizes?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', remeasure);
      resizes?.disconnect();
    };
  }, [scrollerRef, remeasure, hasRows]);

  // The first rows give the row height; what is above the list may have changed size.
  useLayoutEffect(() => {
    if (viewport.rowHeight === 0 && hasRows) remeasure();
  }, [viewport.rowHeight, hasRows, remeasure]);

  useEffect(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (selectedId === null || !scroller || !list) return;
    const index = listed.findIndex((annotation) => annotation.id === selectedId);
    if (index === -1) return;
    const now = measure(scroller, list);
    const target = scrollTopToReveal(index, now.rowHeight, now.listTop, now.scrollTop, now.height);
    if (target !== null && now.rowHeight > 0) scroller.scrollTop = target;
    // Only a newly selected span is brought into view, not every edit of the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  if (!hasRows) {
    return (
      <p className="annotation-list__empty">
        No spans yet. Select text and press a label’s hotkey.
      </p>
    );
  }
  const { first, end } = visibleRows(
    listed.length,
    viewport.rowHeight,
    viewport.listTop,
    viewport.scrollTop,
    viewport.height,
  );
  const rowHeight = viewport.rowHeight;
  return (
    <ol
      ref={listRef}
      className="annotation-list"
      aria-label="Spans"
      style={
        rowHeight > 0
          ? { paddingTop: first * rowHeight, height: listed.length * rowHeight }
          : undefined
      }
    >
      {listed.slice(first, end).map((annotation, offset) => (
        <AnnotationListItem
          key={annotation.id}
          annotation={annotation}
          appearance={appearanceOf(appearances, annotation.label)}
          selected={annotation.id === selectedId}
          onSelect={onSelect}
          position={first + offset + 1}
          setSize={listed.length}
        />
      ))}
    </ol>
  );
}
