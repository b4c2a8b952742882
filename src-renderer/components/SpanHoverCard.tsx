import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { appearanceOf, type LabelAppearance } from '../labels/labelAppearance';
import { LabelTag } from './LabelTag';

interface SpanHoverCardProps {
  /** Every span covering the hovered point, outermost first. */
  annotations: readonly Annotation[];
  appearances: ReadonlyMap<string, LabelAppearance>;
  /** Viewport coordinates of the pointer, in CSS pixels. */
  x: number;
  y: number;
}

const EXCERPT_LENGTH = 90;

function excerpt(text: string): string {
  const characters = Array.from(text);
  return characters.length > EXCERPT_LENGTH
    ? `${characters.slice(0, EXCERPT_LENGTH).join('')}…`
    : text;
}

/** Lists every span under the pointer, so nested and overlapping spans stay legible. */
export function SpanHoverCard({ annotations, appearances, x, y }: SpanHoverCardProps) {
  if (annotations.length === 0) return null;
  return (
    <div role="tooltip" className="span-hover-card" style={{ left: x + 12, top: y + 16 }}>
      <p className="span-hover-card__title">
        {annotations.length === 1 ? '1 span here' : `${annotations.length} spans here`}
      </p>
      <ul>
        {annotations.map((annotation) => (
          <li key={annotation.id}>
            <LabelTag appearance={appearanceOf(appearances, annotation.label)} />{' '}
            <q>{excerpt(annotation.text)}</q>
          </li>
        ))}
      </ul>
    </div>
  );
}
