import { describe, expect, it } from 'vitest';
import { ArticlePositions } from '../article/articlePositions';
import { annotatorInitials, overlaySpansFor } from './overlaySpansFor';

describe('overlaySpansFor', () => {
  it('gives each annotator a band and initials, and marks the active spans', () => {
    const positions = new ArticlePositions('ab\ncd');
    const spans = overlaySpansFor(
      ['ann', 'ben'],
      {
        ann: [{ id: 'x', label: 'demand', start: 3, end: 5, text: 'cd' }],
        ben: [{ id: 'x', label: 'nope', start: 0, end: 2, text: 'ab' }],
      },
      positions,
      new Map([['demand', { name: 'Demand', colour: '#0072B2', lineStyle: 'solid', hotkey: '1' }]]),
      new Set(['ben\u0000x']),
    );
    expect(spans).toEqual([
      expect.objectContaining({ annotator: 'ann', band: 0, initials: 'AN', from: 6, to: 8 }),
      expect.objectContaining({ annotator: 'ben', band: 1, initials: 'BE', from: 2, to: 4 }),
    ]);
    expect(spans.map((span) => [span.colour, span.active])).toEqual([
      ['#0072B2', false],
      ['#777777', true],
    ]);
  });

  it('falls back to whole names when two annotators share initials', () => {
    expect([...annotatorInitials(['anna', 'annie', 'bo'])]).toEqual([
      ['anna', 'anna'],
      ['annie', 'annie'],
      ['bo', 'BO'],
    ]);
  });
});
