import { describe, expect, it } from 'vitest';
import { agreementBarLayout, agreementFigure, type AgreementBarLayout } from './agreementBarLayout';
import type { AgreementRow } from './agreementSummary';

const SERIES = [
  { key: 'overlapF1', name: 'overlap F1', colour: '#0072B2' },
  { key: 'kappa', name: 'kappa', colour: '#E69F00' },
] as const;

/** Every bar, row after row. */
function barsOf(layout: AgreementBarLayout) {
  return layout.rows.flatMap((each) => each.bars);
}

function row(name: string, overlapF1: number | null, kappa: number | null): AgreementRow {
  return { name, exactF1: null, overlapF1, kappa, alpha: null };
}

describe('agreementBarLayout', () => {
  it('gives each row a bar per series, as long as its figure on a 0–1 scale', () => {
    const layout = agreementBarLayout([row('threat', 0.5, 0.25), row('offer', 1, 0)], SERIES);
    expect(layout.rows.map((each) => each.name)).toEqual(['threat', 'offer']);
    expect(barsOf(layout).map((bar) => [bar.width, bar.colour, bar.figure])).toEqual([
      [150, '#0072B2', '0.500'],
      [75, '#E69F00', '0.250'],
      [300, '#0072B2', '1.000'],
      [0, '#E69F00', '0.000'],
    ]);
    expect(barsOf(layout)[1]!.title).toBe('threat kappa: 0.250');
    // Rows do not overlap, and everything fits inside the chart.
    const bottoms = barsOf(layout).map((bar) => bar.y + bar.height);
    expect(Math.max(...bottoms)).toBeLessThan(layout.legend[0]!.y);
    for (const bar of barsOf(layout)) expect(bar.figureX + 40).toBeLessThanOrEqual(layout.width);
    expect(barsOf(layout)[2]!.y).toBeGreaterThanOrEqual(
      barsOf(layout)[1]!.y + barsOf(layout)[1]!.height,
    );
  });

  it('draws figures outside 0–1 at the scale’s ends, and none for an undefined one', () => {
    const layout = agreementBarLayout([row('denial', null, -0.4), row('demand', 1.2, 0.1)], SERIES);
    expect(barsOf(layout).map((bar) => [bar.width, bar.figure])).toEqual([
      [0, '–'],
      [0, '-0.400'],
      [300, '1.200'],
      [30, '0.100'],
    ]);
  });

  it('makes room for every series and lists each in the legend', () => {
    const three = [{ key: 'exactF1', name: 'exact F1', colour: '#56B4E9' }, ...SERIES] as const;
    const layout = agreementBarLayout([row('a', 0.1, 0.2), row('b', 0.3, 0.4)], three);
    expect(barsOf(layout)).toHaveLength(6);
    expect(layout.legend.map((entry) => entry.name)).toEqual(['exact F1', 'overlap F1', 'kappa']);
    expect(barsOf(layout)[3]!.y).toBeGreaterThan(barsOf(layout)[2]!.y + barsOf(layout)[2]!.height);
  });
});

describe('agreementFigure', () => {
  it('prints three decimals, or a dash where the figure is undefined', () => {
    expect(agreementFigure(0.12345)).toBe('0.123');
    expect(agreementFigure(null)).toBe('–');
  });
});
