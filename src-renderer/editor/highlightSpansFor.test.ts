import { describe, expect, it } from 'vitest';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { ArticlePositions } from '../article/articlePositions';
import { labelAppearances } from '../labels/labelAppearance';
import {
  highlightSpansFor,
  highlightsStartingBefore,
  type HighlightCache,
} from './highlightSpansFor';

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
    // "𝟓" is 2 UTF-16 units: positions 2..4 (after the section and paragraph opens).
    expect(five).toMatchObject({
      from: 2,
      to: 4,
      colour: '#0072B2',
      lineStyle: 'solid',
      selected: false,
    });
    // Line 2 starts at UTF-16 offset 11 (position 14); "rejects" is 9 units further on.
    expect(rejects).toMatchObject({ from: 23, to: 30, lineStyle: 'dashed', selected: true });
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

  it('hands back the same highlight objects for unchanged spans, and new ones for changes', () => {
    const positions = new ArticlePositions('Iran rejects the demand and the offer.');
    const rejects = { id: 'r', label: 'denial', start: 5, end: 12, text: 'rejects' };
    const demand = { id: 'd', label: 'demand', start: 17, end: 23, text: 'demand' };
    const cache: HighlightCache = new WeakMap();
    const first = highlightSpansFor([rejects, demand], positions, appearances, null, cache);

    const offer = { id: 'o', label: 'offer', start: 32, end: 37, text: 'offer' };
    const second = highlightSpansFor([rejects, demand, offer], positions, appearances, 'd', cache);

    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]); // now selected
    expect(second[1]).toMatchObject({ id: 'd', selected: true });
    expect(second[2]).toMatchObject({ id: 'o', from: 34, to: 39 });
    // An edited span is a new object: it is never mistaken for the old one.
    const moved = { ...rejects, start: 4 };
    const third = highlightSpansFor([moved, demand, offer], positions, appearances, 'd', cache);
    expect(third[0]).toMatchObject({ from: 6, to: 14 });
  });
});

describe('highlightsStartingBefore', () => {
  const at = (from: number, to: number) =>
    ({ id: `${from}-${to}`, from, to }) as Parameters<typeof highlightsStartingBefore>[0][number];
  const highlights = [at(2, 9), at(2, 4), at(5, 30), at(12, 14), at(12, 13), at(40, 41)];

  it('keeps every highlight that starts before the end, however far it reaches', () => {
    expect(highlightsStartingBefore(highlights, 12).map((span) => span.id)).toEqual([
      '2-9',
      '2-4',
      '5-30',
    ]);
    expect(highlightsStartingBefore(highlights, 13)).toHaveLength(5);
    expect(highlightsStartingBefore(highlights, 2)).toEqual([]);
  });

  it('returns the same list when every highlight starts before the end', () => {
    expect(highlightsStartingBefore(highlights, 41)).toBe(highlights);
    expect(highlightsStartingBefore([], 10)).toEqual([]);
  });
});
