import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import { useAppStore } from '../store/AppStoreProvider';
import { selectFlaggedAnnotations } from '../store/selectors';
import { LabelTag } from './LabelTag';

/**
 * Spans whose text could not be found again where they were (the article changed): they are
 * kept in the file and listed here with their stored text, never drawn in the article.
 */
export function NeedsAttentionList({
  appearances,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
}) {
  const flagged = useAppStore(selectFlaggedAnnotations);
  const deleteAnnotation = useAppStore((state) => state.deleteAnnotation);
  const readOnly = useAppStore((state) => state.editBlockedReason() !== null);
  const present = flagged.filter((entry) => entry.annotation !== undefined);
  if (present.length === 0) return null;
  return (
    <section className="needs-attention" aria-label="Needs attention">
      <h3>Needs attention ({present.length})</h3>
      <ul>
        {present.map(({ annotation, annotationId, message }) => (
          <li key={annotationId} className="needs-attention__item">
            <LabelTag appearance={appearanceOf(appearances, annotation!.label)} />{' '}
            <q className="needs-attention__text">{annotation!.text}</q>
            <p className="needs-attention__message">{message}</p>
            <button
              type="button"
              disabled={readOnly}
              onClick={() => deleteAnnotation(annotationId)}
            >
              Delete this span
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
