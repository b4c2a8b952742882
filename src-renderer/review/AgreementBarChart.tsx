import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import { useEffect, useRef } from 'react';
import type { AgreementRow } from '../../src-main/core/review/agreementSummary';

// Only what a bar chart needs, so the bundle carries no other chart types.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/** Okabe–Ito colours: distinguishable with colour-vision deficiencies. */
const SERIES = [
  { key: 'exactF1', label: 'exact F1', colour: '#56B4E9' },
  { key: 'overlapF1', label: 'overlap F1', colour: '#0072B2' },
  { key: 'kappa', label: 'kappa', colour: '#E69F00' },
] as const;

/** A bar chart of F1 and kappa per row (label or pair); the table beside it has the numbers. */
export function AgreementBarChart({
  title,
  rows,
}: {
  title: string;
  rows: readonly AgreementRow[];
}) {
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    if (!canvas.current || typeof canvas.current.getContext !== 'function') return;
    if (!canvas.current.getContext('2d')) return;
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: rows.map((row) => row.name),
        datasets: SERIES.map((series) => ({
          label: series.label,
          data: rows.map((row) => row[series.key]),
          backgroundColor: series.colour,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: { y: { suggestedMin: 0, suggestedMax: 1 } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [rows]);

  return (
    <figure className="agreement-chart">
      <figcaption>{title}</figcaption>
      <div className="agreement-chart__canvas">
        <canvas ref={canvas} role="img" aria-label={title} />
      </div>
    </figure>
  );
}
