import { describe, expect, it } from 'vitest';
import { colourClassName, colourClassRules } from './colourClasses';

describe('colour classes', () => {
  it('names a class per #RRGGBB colour, ignoring case', () => {
    expect(colourClassName('#0072B2')).toBe('parley-colour-0072b2');
    expect(colourClassName('#0072b2')).toBe('parley-colour-0072b2');
  });

  it('has no class for anything that is not a #RRGGBB colour', () => {
    for (const colour of ['red', '#fff', '#0072B2; x: y', 'url(#a)', '']) {
      expect(colourClassName(colour)).toBeUndefined();
    }
  });

  it('defines each colour once and skips what has no class', () => {
    expect(colourClassRules(['#0072B2', '#0072b2', 'red', '#777777'])).toBe(
      '.parley-colour-0072b2 { --label-colour: #0072b2; }\n' +
        '.parley-colour-777777 { --label-colour: #777777; }',
    );
  });
});
