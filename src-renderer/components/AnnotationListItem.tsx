import { memo } from 'react';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import type { LabelAppearance } from '../labels/labelAppearance';
import { LabelTag } from './LabelTag';

interface AnnotationListItemProps {
  annotation: Annotation;
  appearance: LabelAppearance;
  selected: boolean;
  onSelect: (annotationId: string) => void;
  /** 1-based place in the whole list, and its length: only some rows are in the DOM. */
  position: number;
  setSize: number;
}

/** One span in the list: its label as a tag and its text, selected on click. */
export const AnnotationListItem = memo(function AnnotationListItem({
  annotation,
  appearance,
  selected,
  onSelect,
  position,
  setSize,
}: AnnotationListItemProps) {
  return (
    <li aria-posinset={position} aria-setsize={setSize}>
      <button
        type="button"
        className="annotation-item"
        aria-current={selected ? 'true' : undefined}
        data-annotation-item={annotation.id}
        onClick={() => onSelect(annotation.id)}
      >
        <LabelTag appearance={appearance} />
        <span
          className={
            annotation.note
              ? 'annotation-item__text annotation-item__text--with-note'
              : 'annotation-item__text'
          }
        >
          {annotation.text}
        </span>
        {annotation.note ? (
          <span className="annotation-item__note">Note: {annotation.note}</span>
        ) : null}
      </button>
    </li>
  );
});
