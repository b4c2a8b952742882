import { useCallback, type RefObject } from 'react';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import { useAppStoreAfterPaint } from '../performance/useAppStoreAfterPaint';
import { useAppStore } from '../store/AppStoreProvider';
import { selectListedAnnotations } from '../store/selectors';
import { AnnotationListItem } from './AnnotationListItem';
import { useWindowedRows } from './useWindowedRows';

/**
 * The document's spans in text order, filtered by label. A long report has thousands of spans:
 * only the rows in and near the view of `scrollerRef` are in the DOM, so tagging, selecting
 * and scrolling cost the same at 5,000 spans as at 50.
 */
export function AnnotationList({
  appearances,
  scrollerRef,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
  scrollerRef: RefObject<HTMLElement | null>;
}) {
  // The list follows the article a frame later: a tag's frame paints the span alone.
  const listed = useAppStoreAfterPaint(selectListedAnnotations);
  const selectedId = useAppStoreAfterPaint((state) => state.selectedAnnotationId);
  const selectAnnotation = useAppStore((state) => state.selectAnnotation);
  const onSelect = useCallback(
    (annotationId: string) => selectAnnotation(annotationId, { reveal: true }),
    [selectAnnotation],
  );
  const selectedIndex =
    selectedId === null ? -1 : listed.findIndex((annotation) => annotation.id === selectedId);
  const { listRef, first, end, style } = useWindowedRows<HTMLOListElement>(
    listed.length,
    scrollerRef,
    selectedIndex,
  );

  if (listed.length === 0) {
    return (
      <p className="annotation-list__empty">
        No spans yet. Select text and press a label’s hotkey.
      </p>
    );
  }
  return (
    <ol ref={listRef} className="annotation-list" aria-label="Spans" style={style}>
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
