import { useEffect, useState } from 'react';
import type { AgreementRow } from '../../src-main/core/review/agreementSummary';
import { AgreementTable } from './AgreementTable';
import { formatCount } from '../components/formatCount';

/** Rows drawn at first, and added per step: a step is one short task on the page's thread. */
export const DOCUMENT_ROWS_PER_PAGE = 50;

/**
 * The "Per document" table, a page of rows at a time: thousands of rows drawn at once would
 * hold the page for a second or more. "Show all" adds the rest page by page, one task each.
 */
export function DocumentAgreementTable({ rows }: { rows: readonly AgreementRow[] }) {
  const [shown, setShown] = useState(DOCUMENT_ROWS_PER_PAGE);
  const [wanted, setWanted] = useState(DOCUMENT_ROWS_PER_PAGE);
  const [pagedRows, setPagedRows] = useState(rows);
  if (pagedRows !== rows) {
    // A new report starts again at its first page.
    setPagedRows(rows);
    setShown(DOCUMENT_ROWS_PER_PAGE);
    setWanted(DOCUMENT_ROWS_PER_PAGE);
  }
  const visible = Math.min(shown, rows.length);

  useEffect(() => {
    if (visible >= Math.min(wanted, rows.length)) return;
    const step = setTimeout(() => setShown((count) => count + DOCUMENT_ROWS_PER_PAGE), 0);
    return () => clearTimeout(step);
  }, [visible, wanted, rows.length]);

  return (
    <>
      <AgreementTable caption="Per document" rows={rows} shown={visible} withAlpha />
      <div className="agreement-report__more">
        <p role="status" aria-label="Documents shown">
          {visible < rows.length
            ? `${formatCount(visible)} of ${formatCount(rows.length)} documents shown; `
            : `All ${formatCount(rows.length)} documents shown; `}
          the HTML and CSV exports list every one.
        </p>
        {visible < rows.length && (
          <>
            <button
              type="button"
              onClick={() => setWanted(Math.max(wanted, visible + DOCUMENT_ROWS_PER_PAGE))}
            >
              Show {formatCount(Math.min(DOCUMENT_ROWS_PER_PAGE, rows.length - visible))} more
            </button>
            <button type="button" onClick={() => setWanted(rows.length)}>
              Show all {formatCount(rows.length)}
            </button>
          </>
        )}
      </div>
    </>
  );
}
