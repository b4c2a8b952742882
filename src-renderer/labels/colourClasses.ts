const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/**
 * The class that gives an element `--label-colour: colour`, for a #RRGGBB colour (the only
 * form project configs allow); undefined for anything else, which must then be set inline.
 * Thousands of span elements share a few classes instead of each parsing an inline style.
 */
export function colourClassName(colour: string): string | undefined {
  return HEX_COLOUR.test(colour) ? `parley-colour-${colour.slice(1).toLowerCase()}` : undefined;
}

/** The stylesheet text defining the colour class of every colour given. */
export function colourClassRules(colours: Iterable<string>): string {
  const rules = new Set<string>();
  for (const colour of colours) {
    const className = colourClassName(colour);
    if (className) rules.add(`.${className} { --label-colour: ${colour.toLowerCase()}; }`);
  }
  return [...rules].join('\n');
}
