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
import { afterNextPaint } from '../performance/paintMarks';

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
    const element = canvas.current;
    if (!element || typeof element.getContext !== 'function' || !element.getContext('2d')) return;
    let chart: Chart | undefined;
    // Drawn once the page has been laid out and painted, in tasks of their own: with the rest of
    // the report, the chart would measure its box in the same long task, forcing the layout of
    // everything the report just added. A bare chart first, then its axes, then its bars: the
    // library's first chart on a page is its slowest (its code is still cold).
    let live = true;
    afterNextPaint(() =>
      inTasks(
        [() => (chart = bareChart(element)), () => showAxes(chart!), () => showRows(chart!, rows)],
        () => live,
      ),
    );
    return () => {
      live = false;
      chart?.destroy();
    };
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

/**
 * Runs each step in a task of its own, the first one too (the work other views left for after
 * the same paint shares that task), while `live` says so.
 */
function inTasks(steps: readonly (() => void)[], live: () => boolean): void {
  setTimeout(() => {
    const [step, ...rest] = steps;
    if (!step || !live()) return;
    step();
    inTasks(rest, live);
  }, 0);
}

/**
 * A chart with no axes, legend or bars yet. Its size is set here, once, rather than watched
 * (`responsive`): measuring the box on every update forces a style and layout pass of the page.
 * The axes are fixed (0 to 1, every label shown), so the library need not measure its way to a
 * tick layout.
 */
function bareChart(canvas: HTMLCanvasElement): Chart {
  const box = canvas.parentElement;
  canvas.width = box?.clientWidth || 600;
  canvas.height = box?.clientHeight || 260;
  return new Chart(canvas, {
    type: 'bar',
    data: { labels: [], datasets: [] },
    options: {
      animation: false,
      responsive: false,
      devicePixelRatio: 1,
      scales: {
        x: { display: false, ticks: { autoSkip: false, maxRotation: 0 } },
        y: { display: false, min: 0, max: 1, ticks: { stepSize: 0.2 } },
      },
      plugins: { legend: { display: false, position: 'bottom' } },
    },
  });
}

function showAxes(chart: Chart): void {
  const { scales, plugins } = chart.options;
  if (scales?.x) scales.x.display = true;
  if (scales?.y) scales.y.display = true;
  if (plugins?.legend) plugins.legend.display = true;
  chart.update();
}

function showRows(chart: Chart, rows: readonly AgreementRow[]): void {
  chart.data.labels = rows.map((row) => row.name);
  chart.data.datasets = SERIES.map((series) => ({
    label: series.label,
    data: rows.map((row) => row[series.key]),
    backgroundColor: series.colour,
  }));
  chart.update();
}
