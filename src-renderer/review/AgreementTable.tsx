import type { AgreementRow } from '../../src-main/core/review/agreementSummary';
import { AgreementTableRows } from './AgreementTableRows';

/** Rows per table body: a long table grows a body at a time. */
const ROWS_PER_BODY = 100;

/** One summary table of the agreement report: a row per label, pair or document. */
export function AgreementTable({
  caption,
  rows,
  shown = rows.length,
  withAlpha,
}: {
  caption: string;
  rows: readonly AgreementRow[];
  /** How many of the rows to draw, from the first. */
  shown?: number;
  withAlpha: boolean;
}) {
  const bodies = Array.from({ length: Math.ceil(shown / ROWS_PER_BODY) }, (_, index) => index);
  return (
    <table className="agreement-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{caption.replace(/^Per /, '')}</th>
          <th scope="col">exact F1</th>
          <th scope="col">overlap F1</th>
          <th scope="col">kappa</th>
          {withAlpha && <th scope="col">α_u</th>}
        </tr>
      </thead>
      {bodies.map((index) => (
        <AgreementTableRows
          key={index}
          rows={rows}
          start={index * ROWS_PER_BODY}
          end={Math.min(shown, (index + 1) * ROWS_PER_BODY)}
          withAlpha={withAlpha}
        />
      ))}
    </table>
  );
}
