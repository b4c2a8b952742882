import type { AgreementReport } from '../agreement/agreementReport';
import { documentRows, labelRows, pairRows, type AgreementRow } from './agreementSummary';

const COLUMNS = ['table', 'name', 'exact_f1', 'overlap_f1', 'kappa', 'alpha_u'];

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function rowsOf(table: string, rows: readonly AgreementRow[]): string[] {
  return rows.map((row) =>
    [table, row.name, row.exactF1, row.overlapF1, row.kappa, row.alpha].map(cell).join(','),
  );
}

/**
 * The report's summary tables as one CSV (RFC 4180, CRLF): per label, per annotator pair and
 * per document, with full-precision ratios and empty cells for undefined figures.
 */
export function agreementReportCsv(report: AgreementReport): string {
  const lines = [
    COLUMNS.join(','),
    ...rowsOf('label', labelRows(report.project, report.labels)),
    ...rowsOf('pair', pairRows(report.project)),
    ...rowsOf('document', documentRows(report)),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
