import type { LabelAppearance } from '../labels/labelAppearance';

/** A label shown as text with its colour and underline style, never by colour alone. */
export function LabelTag({ appearance }: { appearance: LabelAppearance }) {
  return (
    <span
      className={`label-tag label-tag--${appearance.lineStyle}`}
      style={{ '--label-colour': appearance.colour } as React.CSSProperties}
    >
      {appearance.name}
    </span>
  );
}
