import { useId } from 'react';
import { useShallow } from '../store/useShallow';
import type { AttributeDefinition } from '../../src-main/core/project/projectConfigSchema';
import { useAppStoreAfterPaint } from '../performance/useAppStoreAfterPaint';
import { useAppStore } from '../store/AppStoreProvider';
import { selectAnnotationById, selectLabels } from '../store/selectors';
import { AttributeEditor } from './AttributeEditor';

const NO_ATTRIBUTES: readonly AttributeDefinition[] = [];

/** The selected span: its text and offsets, label, attributes and note; delete. */
export function SpanDetails() {
  // Which span is shown follows a frame later (a tag selects the new span: its frame paints the
  // span alone); the shown span's fields are always current, so typing in them never lags.
  const shownId = useAppStoreAfterPaint((state) => state.selectedAnnotationId);
  const annotation = useAppStore((state) =>
    shownId === null ? undefined : selectAnnotationById(state, shownId),
  );
  const labels = useAppStore(selectLabels);
  const definitions = useAppStore((state) => state.project?.config.attributes ?? NO_ATTRIBUTES);
  const readOnly = useAppStore((state) => state.editBlockedReason() !== null);
  const actions = useAppStore(
    useShallow((state) => ({
      setAnnotationLabel: state.setAnnotationLabel,
      setAnnotationAttribute: state.setAnnotationAttribute,
      setAnnotationNote: state.setAnnotationNote,
      deleteAnnotation: state.deleteAnnotation,
      selectAnnotation: state.selectAnnotation,
    })),
  );
  const labelId = useId();
  const noteId = useId();

  if (!annotation) {
    return (
      <section className="span-details span-details--empty" aria-label="Selected span">
        <p>No span selected. Click a span, or press J / K to go through them.</p>
      </section>
    );
  }
  const labelKnown = labels.some((label) => label.id === annotation.label);

  return (
    <section className="span-details" aria-label="Selected span">
      <h3 className="span-details__title">Selected span</h3>
      <blockquote className="span-details__text">{annotation.text}</blockquote>
      <p className="span-details__offsets">
        Code points {annotation.start}–{annotation.end}
      </p>
      <div className="attribute-field">
        <label htmlFor={labelId}>Label</label>
        <select
          id={labelId}
          value={annotation.label}
          disabled={readOnly}
          onChange={(event) => actions.setAnnotationLabel(annotation.id, event.target.value)}
        >
          {!labelKnown && (
            <option value={annotation.label}>{annotation.label} (not in the project)</option>
          )}
          {labels.map((label) => (
            <option key={label.id} value={label.id}>
              {label.name}
            </option>
          ))}
        </select>
      </div>
      <AttributeEditor
        definitions={definitions}
        values={annotation.attributes ?? {}}
        disabled={readOnly}
        onChange={(attributeId, value) =>
          actions.setAnnotationAttribute(annotation.id, attributeId, value)
        }
      />
      <div className="attribute-field">
        <label htmlFor={noteId}>Note</label>
        <textarea
          id={noteId}
          rows={3}
          value={annotation.note ?? ''}
          disabled={readOnly}
          onChange={(event) => actions.setAnnotationNote(annotation.id, event.target.value)}
        />
      </div>
      <div className="span-details__actions">
        <button
          type="button"
          className="danger-button"
          disabled={readOnly}
          onClick={() => actions.deleteAnnotation(annotation.id)}
        >
          Delete span
        </button>
        <button type="button" onClick={() => actions.selectAnnotation(null)}>
          Deselect
        </button>
      </div>
    </section>
  );
}
