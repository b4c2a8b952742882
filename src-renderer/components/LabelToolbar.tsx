import { useRef } from 'react';
import { measureAfterPaint, TAG_MEASURE, TAG_START_MARK } from '../performance/paintMarks';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelAppearances, selectLabels } from '../store/selectors';

/**
 * The labels, each with its colour, underline style and hotkey. A click tags the selected
 * text (or relabels the selected span); the buttons do not take focus from the article on
 * mouse down, so its selection stays. Arrow keys move between buttons (ARIA toolbar).
 */
export function LabelToolbar() {
  const labels = useAppStore(selectLabels);
  const applyLabel = useAppStore((state) => state.applyLabel);
  const readOnly = useAppStore((state) => state.opened?.readOnlyReason != null);
  const appearances = useAppStore(selectLabelAppearances);
  const toolbarRef = useRef<HTMLDivElement>(null);

  function onKeyDown(event: React.KeyboardEvent<HTMLDivElement>): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 || !toolbarRef.current) return;
    const buttons = [...toolbarRef.current.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(index + step + buttons.length) % buttons.length]?.focus();
    event.preventDefault();
  }

  return (
    <div
      ref={toolbarRef}
      role="toolbar"
      aria-label="Labels"
      className="label-toolbar"
      onKeyDown={onKeyDown}
    >
      {labels.map((label) => {
        const appearance = appearances.get(label.id)!;
        const name = label.hotkey ? `${label.name} (${label.hotkey})` : label.name;
        return (
          <button
            key={label.id}
            type="button"
            className={`label-button label-tag--${appearance.lineStyle}`}
            style={{ '--label-colour': label.colour } as React.CSSProperties}
            aria-label={name}
            title={label.definition || name}
            disabled={readOnly}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              performance.mark(TAG_START_MARK);
              if (applyLabel(label.id)) measureAfterPaint(TAG_MEASURE, TAG_START_MARK);
            }}
          >
            <span className="label-button__swatch" aria-hidden="true" />
            <span>{label.name}</span>
            {label.hotkey && <kbd aria-hidden="true">{label.hotkey}</kbd>}
          </button>
        );
      })}
    </div>
  );
}
