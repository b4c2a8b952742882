import { useCallback, useEffect, useRef } from 'react';
import { elementWithAttribute } from '../dom/elementWithAttribute';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import { useAppStore } from '../store/AppStoreProvider';
import { selectListedAnnotations } from '../store/selectors';
import { AnnotationListItem } from './AnnotationListItem';

/** The document's spans in text order, filtered by label. */
export function AnnotationList({
  appearances,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
}) {
  const listed = useAppStore(selectListedAnnotations);
  const selectedId = useAppStore((state) => state.selectedAnnotationId);
  const selectAnnotation = useAppStore((state) => state.selectAnnotation);
  const onSelect = useCallback(
    (annotationId: string) => selectAnnotation(annotationId, { reveal: true }),
    [selectAnnotation],
  );
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (selectedId === null) return;
    if (!listRef.current) return;
    elementWithAttribute(listRef.current, 'data-annotation-item', selectedId)?.scrollIntoView?.({
      block: 'nearest',
    });
  }, [selectedId]);
  if (listed.length === 0) {
    return (
      <p className="annotation-list__empty">
        No spans yet. Select text and press a label’s hotkey.
      </p>
    );
  }
  return (
    <ol ref={listRef} className="annotation-list" aria-label="Spans">
      {listed.map((annotation) => (
        <AnnotationListItem
          key={annotation.id}
          annotation={annotation}
          appearance={appearanceOf(appearances, annotation.label)}
          selected={annotation.id === selectedId}
          onSelect={onSelect}
        />
      ))}
    </ol>
  );
}
