import { useMemo } from 'react';
import { colourClassRules } from '../labels/colourClasses';
import { UNKNOWN_LABEL_COLOUR, type LabelAppearance } from '../labels/labelAppearance';

/** The colour classes the article's span decorations use, one rule per label colour. */
export function ColourClassStyles({
  appearances,
}: {
  appearances: ReadonlyMap<string, LabelAppearance>;
}) {
  const rules = useMemo(
    () =>
      colourClassRules([
        ...[...appearances.values()].map((appearance) => appearance.colour),
        UNKNOWN_LABEL_COLOUR,
      ]),
    [appearances],
  );
  return <style>{rules}</style>;
}
