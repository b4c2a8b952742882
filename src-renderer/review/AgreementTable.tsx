import type { AgreementRow } from '../../src-main/core/review/agreementSummary';

function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/** One summary table of the agreement report: a row per label, pair or document. */
export function AgreementTable({
  caption,
  rows,
  withAlpha,
}: {
  caption: string;
  rows: readonly AgreementRow[];
  withAlpha: boolean;
}) {
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
      <tbody>
        {rows.map((row) => (
          <tr key={row.name}>
            <th scope="row">{row.name}</th>
            <td>{figure(row.exactF1)}</td>
            <td>{figure(row.overlapF1)}</td>
            <td>{figure(row.kappa)}</td>
            {withAlpha && <td>{figure(row.alpha)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
