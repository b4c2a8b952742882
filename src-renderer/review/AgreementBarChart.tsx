import { useMemo } from 'react';
import {
  agreementBarLayout,
  type AgreementBarSeries,
} from '../../src-main/core/review/agreementBarLayout';
import type { AgreementRow } from '../../src-main/core/review/agreementSummary';

/** Okabe–Ito colours: distinguishable with colour-vision deficiencies. */
const SERIES: readonly AgreementBarSeries[] = [
  { key: 'exactF1', name: 'exact F1', colour: '#56B4E9' },
  { key: 'overlapF1', name: 'overlap F1', colour: '#0072B2' },
  { key: 'kappa', name: 'kappa', colour: '#E69F00' },
];

/**
 * A bar chart of F1 and kappa per row (label or pair), drawn as SVG from the same layout as the
 * exported HTML report's charts: nothing to measure and no chart library to start, so it is
 * drawn with the rest of the report. The table beside it has the numbers.
 */
export function AgreementBarChart({
  title,
  rows,
}: {
  title: string;
  rows: readonly AgreementRow[];
}) {
  const layout = useMemo(() => agreementBarLayout(rows, SERIES), [rows]);
  return (
    <figure className="agreement-chart">
      <figcaption>{title}</figcaption>
      <svg
        className="agreement-chart__bars"
        role="img"
        aria-label={title}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        {layout.rows.map((row, rowIndex) => (
          <g key={`row-${rowIndex}`}>
            <text x={row.x} y={row.y} textAnchor="end" fontSize={12}>
              {row.name}
            </text>
            {row.bars.map((bar, barIndex) => (
              <g key={barIndex}>
                <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={bar.colour}>
                  <title>{bar.title}</title>
                </rect>
                <text x={bar.figureX} y={bar.figureY} fontSize={10}>
                  {bar.figure}
                </text>
              </g>
            ))}
          </g>
        ))}
        {layout.legend.map((entry) => (
          <g key={entry.name}>
            <rect x={entry.x} y={entry.y} width={10} height={10} fill={entry.colour} />
            <text x={entry.x + 14} y={entry.y + 9} fontSize={11}>
              {entry.name}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
