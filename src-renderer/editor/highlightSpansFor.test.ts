import { describe, expect, it } from 'vitest';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { ArticlePositions } from '../article/articlePositions';
import { labelAppearances } from '../labels/labelAppearance';
import { highlightSpansFor } from './highlightSpansFor';

describe('highlightSpansFor', () => {
  const appearances = labelAppearances(createDefaultProjectConfig().labels);

  it('converts code points to positions across lines and astral characters', () => {
    const text = '𝟓 demands\nIran 🕊️ rejects';
    const positions = new ArticlePositions(text);
    const [five, rejects] = highlightSpansFor(
      [
        { id: 'a', label: 'demand', start: 0, end: 1, text: '𝟓' },
        { id: 'b', label: 'denial', start: 18, end: 25, text: 'rejects' },
      ],
      positions,
      appearances,
      'b',
    );
    // "𝟓" is 2 UTF-16 units: positions 1..3 in the first paragraph.
    expect(five).toMatchObject({
      from: 1,
      to: 3,
      colour: '#0072B2',
      lineStyle: 'solid',
      selected: false,
    });
    // Line 2 starts at UTF-16 offset 11 (position 13); "rejects" is 9 units further on.
    expect(rejects).toMatchObject({ from: 22, to: 29, lineStyle: 'dashed', selected: true });
  });

  it('layers nested spans and draws unknown labels in grey', () => {
    const spans = highlightSpansFor(
      [
        { id: 'outer', label: 'threat', start: 0, end: 10, text: '' },
        { id: 'inner', label: 'mystery', start: 2, end: 5, text: '' },
      ],
      new ArticlePositions('0123456789'),
      appearances,
      null,
    );
    expect(spans.map((span) => span.layer)).toEqual([0, 1]);
    expect(spans[1]).toMatchObject({ colour: '#777777', lineStyle: 'solid' });
  });
});
