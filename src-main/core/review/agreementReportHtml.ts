import type { AgreementReport } from '../agreement/agreementReport';
import { agreementBarLayout, agreementFigure, type AgreementBarSeries } from './agreementBarLayout';
import { documentRows, labelRows, pairRows, type AgreementRow } from './agreementSummary';

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function table(caption: string, rows: readonly AgreementRow[], withAlpha: boolean): string {
  const head = ['', 'exact F1', 'overlap F1', 'kappa', ...(withAlpha ? ['α_u'] : [])];
  const body = rows
    .map((row) => {
      const cells = [row.exactF1, row.overlapF1, row.kappa, ...(withAlpha ? [row.alpha] : [])];
      return `<tr><th scope="row">${escapeHtml(row.name)}</th>${cells.map((value) => `<td>${agreementFigure(value)}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head.map((name) => `<th scope="col">${escapeHtml(name)}</th>`).join('')}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const BAR_SERIES: readonly AgreementBarSeries[] = [
  { key: 'overlapF1', name: 'overlap F1', colour: '#0072B2' },
  { key: 'kappa', name: 'kappa', colour: '#E69F00' },
];

/** A horizontal bar chart as inline SVG (see agreementBarLayout), the one the screen shows. */
function barChart(title: string, rows: readonly AgreementRow[]): string {
  const layout = agreementBarLayout(rows, BAR_SERIES);
  const bars = layout.rows
    .map((row) => {
      const series = row.bars
        .map(
          (bar) =>
            `<rect x="${bar.x}" y="${bar.y}" width="${bar.width.toFixed(1)}" height="${bar.height}" fill="${bar.colour}"><title>${escapeHtml(bar.title)}</title></rect><text x="${bar.figureX.toFixed(1)}" y="${bar.figureY}" font-size="10">${bar.figure}</text>`,
        )
        .join('');
      return `<text x="${row.x}" y="${row.y}" text-anchor="end" font-size="12">${escapeHtml(row.name)}</text>${series}`;
    })
    .join('\n');
  const legend = layout.legend
    .map(
      (entry) =>
        `<rect x="${entry.x}" y="${entry.y}" width="10" height="10" fill="${entry.colour}"/><text x="${entry.x + 14}" y="${entry.y + 9}" font-size="11">${entry.name}</text>`,
    )
    .join('');
  return `<figure>\n<figcaption>${escapeHtml(title)}</figcaption>\n<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(title)}" width="${layout.width}" height="${layout.height}" viewBox="0 0 ${layout.width} ${layout.height}">\n${bars}\n${legend}\n</svg>\n</figure>`;
}

export interface AgreementReportHtmlOptions {
  /** The project's name, shown as the title. */
  projectName: string;
  /** ISO 8601 time the report was made. */
  generatedAt: string;
}

/**
 * The agreement report as one self-contained HTML page: no scripts, no network, only tables and
 * inline SVG bars, every name escaped. Figures are rounded to three decimals.
 */
export function agreementReportHtml(
  report: AgreementReport,
  options: AgreementReportHtmlOptions,
): string {
  const figures = report.project;
  const labels = labelRows(figures, report.labels);
  const pairs = pairRows(figures);
  const title = `Agreement — ${options.projectName}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1d1b18; }
table { border-collapse: collapse; margin: 1rem 0 2rem; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.25rem; }
th, td { border: 1px solid #d6d2c8; padding: 0.25rem 0.6rem; text-align: right; }
th[scope="row"] { text-align: left; }
figcaption { font-weight: 600; }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${figures.documentCount} documents, ${figures.codePoints} code points; annotators: ${escapeHtml(report.annotators.join(', '))}. Made ${escapeHtml(options.generatedAt)}. Per label, F1 and kappa are means over the annotator pairs; definitions in Parley's docs/agreement.md.</p>
${barChart('Per label: overlap F1 and kappa', labels)}
${table('Per label', labels, true)}
${barChart('Per annotator pair: overlap F1 and kappa (label sets)', pairs)}
${table('Per annotator pair', pairs, false)}
${table('Per document', documentRows(report), true)}
</body>
</html>
`;
}
