import { memo } from 'react';
import type { AgreementRow } from '../../src-main/core/review/agreementSummary';

function figure(value: number | null): string {
  return value === null ? '–' : value.toFixed(3);
}

/**
 * Rows `start` to `end` (exclusive) of an agreement table, as one body: memoised, so that
 * adding rows to a long table draws only the new bodies, not every row again.
 */
export const AgreementTableRows = memo(function AgreementTableRows({
  rows,
  start,
  end,
  withAlpha,
}: {
  rows: readonly AgreementRow[];
  start: number;
  end: number;
  withAlpha: boolean;
}) {
  return (
    <tbody>
      {rows.slice(start, end).map((row) => (
        <tr key={row.name}>
          <th scope="row">{row.name}</th>
          <td>{figure(row.exactF1)}</td>
          <td>{figure(row.overlapF1)}</td>
          <td>{figure(row.kappa)}</td>
          {withAlpha && <td>{figure(row.alpha)}</td>}
        </tr>
      ))}
    </tbody>
  );
});
