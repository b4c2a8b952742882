import type { AgreementRow } from './agreementSummary';

/** One series of bars: which figure of each row it shows, its name and its colour. */
export interface AgreementBarSeries {
  key: 'exactF1' | 'overlapF1' | 'kappa';
  name: string;
  colour: string;
}

/** A figure as the report prints it: three decimals, or a dash where it is undefined. */
export function agreementFigure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** A bar and the figure written after it, in the chart's own units. */
export interface AgreementBar {
  x: number;
  y: number;
  width: number;
  height: number;
  colour: string;
  /** What the bar says when pointed at: row, series and figure. */
  title: string;
  figure: string;
  figureX: number;
  figureY: number;
}

/** One row of the chart: its name, right-aligned at `x`, and a bar per series. */
export interface AgreementBarRow {
  name: string;
  x: number;
  y: number;
  bars: AgreementBar[];
}

/** Where everything of a horizontal bar chart goes: the same for the screen and the HTML export. */
export interface AgreementBarLayout {
  width: number;
  height: number;
  rows: AgreementBarRow[];
  legend: { name: string; colour: string; x: number; y: number }[];
}

const LABEL_WIDTH = 160;
const BAR_LENGTH = 300;
const BAR_HEIGHT = 10;
/** Bar height plus the gap to the next series' bar. */
const BAR_STEP = 11;
const ROW_GAP = 8;

/**
 * A horizontal bar chart of `rows`, one bar per series and row on a 0–1 scale (values outside
 * it are drawn at its ends; the figure beside the bar is exact). Plain geometry, so the screen
 * draws it with no chart library and the exported HTML draws the very same chart.
 */
export function agreementBarLayout(
  rows: readonly AgreementRow[],
  series: readonly AgreementBarSeries[],
): AgreementBarLayout {
  const rowHeight = series.length * BAR_STEP + ROW_GAP;
  const height = rows.length * rowHeight + 30;
  const laidOut = rows.map((row, index): AgreementBarRow => {
    const y = index * rowHeight + 10;
    const bars = series.map((entry, seriesIndex): AgreementBar => {
      const value = row[entry.key];
      const width = value === null ? 0 : Math.max(0, Math.min(1, value)) * BAR_LENGTH;
      const barY = y + seriesIndex * BAR_STEP;
      return {
        x: LABEL_WIDTH,
        y: barY,
        width,
        height: BAR_HEIGHT,
        colour: entry.colour,
        title: `${row.name} ${entry.name}: ${agreementFigure(value)}`,
        figure: agreementFigure(value),
        figureX: LABEL_WIDTH + width + 4,
        figureY: barY + 9,
      };
    });
    return { name: row.name, x: LABEL_WIDTH - 6, y: y + (series.length * BAR_STEP) / 2 + 4, bars };
  });
  const legend = series.map((entry, index) => ({
    name: entry.name,
    colour: entry.colour,
    x: LABEL_WIDTH + index * 110,
    y: height - 14,
  }));
  return { width: LABEL_WIDTH + BAR_LENGTH + 60, height, rows: laidOut, legend };
}
