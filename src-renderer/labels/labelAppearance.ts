import type { LabelDefinition } from '../../src-main/core/project/projectConfigSchema';
import type { SpanLineStyle } from '../editor/AnnotationHighlights';

export interface LabelAppearance {
  name: string;
  /** CSS hex colour from the project config. */
  colour: string;
  /** Underline style, so labels differ by more than colour. */
  lineStyle: SpanLineStyle;
  hotkey: string | undefined;
}

const LINE_STYLES: readonly SpanLineStyle[] = ['solid', 'dashed', 'dotted', 'double'];

/** How a span of an unknown label (not in the config) is drawn. */
export const UNKNOWN_LABEL_COLOUR = '#777777';

/** Name, colour, underline style and hotkey per label id; styles follow the config order. */
export function labelAppearances(
  labels: readonly LabelDefinition[],
): ReadonlyMap<string, LabelAppearance> {
  return new Map(
    labels.map((label, index) => [
      label.id,
      {
        name: label.name,
        colour: label.colour,
        lineStyle: LINE_STYLES[index % LINE_STYLES.length]!,
        hotkey: label.hotkey,
      },
    ]),
  );
}

/** The appearance of `labelId`, or a grey solid one named after the id when it is unknown. */
export function appearanceOf(
  appearances: ReadonlyMap<string, LabelAppearance>,
  labelId: string,
): LabelAppearance {
  return (
    appearances.get(labelId) ?? {
      name: labelId,
      colour: UNKNOWN_LABEL_COLOUR,
      lineStyle: 'solid',
      hotkey: undefined,
    }
  );
}
