import { describe, expect, it } from 'vitest';
import {
  decisionSourcesOf,
  sameComparedAnnotators,
  sourcesStillMatch,
  spanFingerprint,
} from './decisionSources';
import { findDisagreements, type ReviewSpan } from './findDisagreements';

function span(label: string, start: number, end: number, attributes = {}): ReviewSpan {
  return { id: `${label}${start}`, label, start, end, attributes };
}

describe('decision sources', () => {
  it.each([
    ['another id', { ...span('demand', 0, 7), id: 'other' }, true],
    ['an empty attribute', span('demand', 0, 7, { intensity: '' }), true],
    ['another label', span('threat', 0, 7), false],
    ['another start', span('demand', 1, 7), false],
    ['another end', span('demand', 0, 8), false],
    ['an attribute', span('demand', 0, 7, { intensity: 'high' }), false],
  ])('gives a span with %s the same fingerprint: %s', (_, other, same) => {
    const fingerprint = spanFingerprint(span('demand', 0, 7));
    expect(fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(spanFingerprint(other) === fingerprint).toBe(same);
  });

  it('fingerprints the example of docs/format.md', () => {
    const attributes = { source: 'Russia', modality: 'asserted', note: '' };
    expect(spanFingerprint(span('denial', 1301, 1329, attributes))).toBe('0c5092bc8b6ae810');
  });

  it('records every compared annotator but gold, sorted, with its spans', () => {
    const [item] = findDisagreements(['ben', 'gold', 'ann'], {
      ann: [span('demand', 0, 7)],
      gold: [span('demand', 0, 7)],
    });
    expect(decisionSourcesOf(item!)).toEqual([
      { annotator: 'ann', spans: [spanFingerprint(span('demand', 0, 7))] },
      { annotator: 'ben', spans: [] },
    ]);
  });

  it('matches while the spans of every annotator compared then and now are the same', () => {
    const before = findDisagreements(['ann', 'ben'], {
      ann: [span('demand', 0, 7)],
      ben: [span('demand', 2, 7)],
    })[0]!;
    const recorded = decisionSourcesOf(before);
    const after = (spans: Record<string, ReviewSpan[]>, compared = Object.keys(spans)) =>
      findDisagreements(compared, spans)[0]!;

    expect(sourcesStillMatch(recorded, decisionSourcesOf(before))).toBe(true);
    // ben moved the start of the span: the decision no longer fits.
    const moved = after({ ann: [span('demand', 0, 7)], ben: [span('demand', 3, 7)] });
    expect(sourcesStillMatch(recorded, decisionSourcesOf(moved))).toBe(false);
    // cai compared as well: ann's and ben's spans are as they were.
    const withCai = after({
      ann: [span('demand', 0, 7)],
      ben: [span('demand', 2, 7)],
      cai: [span('demand', 0, 7)],
    });
    expect(sourcesStillMatch(recorded, decisionSourcesOf(withCai))).toBe(true);
    expect(sameComparedAnnotators(recorded, withCai)).toBe(false);
    expect(sameComparedAnnotators(recorded, moved)).toBe(true);
  });

  it('treats an annotator named like an Object property as any other', () => {
    const compare = (start: number) =>
      findDisagreements(['ann', 'constructor'], {
        ann: [span('demand', 0, 7)],
        constructor: [span('demand', start, 7)],
      })[0]!;
    const recorded = decisionSourcesOf(compare(2));
    expect(recorded.map((source) => source.annotator)).toEqual(['ann', 'constructor']);
    expect(sourcesStillMatch(recorded, decisionSourcesOf(compare(2)))).toBe(true);
    expect(sourcesStillMatch(recorded, decisionSourcesOf(compare(3)))).toBe(false);
  });
});
