import { useState } from 'react';
import { useShallow } from '../store/useShallow';
import { ProblemList } from '../components/ProblemList';
import { useAppStore } from '../store/AppStoreProvider';
import { AgreementBarChart } from './AgreementBarChart';
import { AgreementProgress } from './AgreementProgress';
import { AgreementTable } from './AgreementTable';
import { DocumentAgreementTable } from './DocumentAgreementTable';
import { formatCount } from '../components/formatCount';

/** The agreement report of the compared annotators: charts, tables, HTML and CSV export. */
export function AgreementReportView() {
  const { agreement, loadAgreementReport, cancelAgreementReport, exportAgreementReport } =
    useAppStore(
      useShallow((state) => ({
        agreement: state.agreement,
        loadAgreementReport: state.loadAgreementReport,
        cancelAgreementReport: state.cancelAgreementReport,
        exportAgreementReport: state.exportAgreementReport,
      })),
    );
  const [existing, setExisting] = useState<'html' | 'csv' | null>(null);
  // Unless the host still holds the report shown, it computes it again to write it: seconds
  // on a large project.
  const [exporting, setExporting] = useState<'html' | 'csv' | null>(null);
  const { summary, computing } = agreement;

  async function exportAs(format: 'html' | 'csv', replace = false): Promise<void> {
    setExporting(format);
    try {
      const result = await exportAgreementReport(format, { replace });
      setExisting(result?.outcome === 'exists' ? format : null);
    } finally {
      setExporting(null);
    }
  }

  return (
    <div className="agreement-report" aria-label="Agreement report" role="region">
      <div className="agreement-report__actions">
        <button
          type="button"
          disabled={computing !== null}
          onClick={() => void loadAgreementReport()}
        >
          Recompute
        </button>
        <button type="button" disabled={exporting !== null} onClick={() => void exportAs('html')}>
          Export HTML
        </button>
        <button type="button" disabled={exporting !== null} onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        {existing && (
          <button
            type="button"
            disabled={exporting !== null}
            onClick={() => void exportAs(existing, true)}
          >
            Replace agreement.{existing}
          </button>
        )}
        {exporting && (
          <span role="status" className="agreement-report__exporting">
            Writing agreement.{exporting}…
          </span>
        )}
      </div>
      {computing && <AgreementProgress computing={computing} onCancel={cancelAgreementReport} />}
      {agreement.stale && !computing && (
        <p role="status" className="agreement-report__stale">
          Annotation files changed since these figures were computed.{' '}
          <button type="button" onClick={() => void loadAgreementReport()}>
            Refresh
          </button>
        </p>
      )}
      {agreement.error && (
        <p role="alert" className="article-view__error">
          {agreement.error}
        </p>
      )}
      {summary && (
        <>
          <p>
            {formatCount(summary.documentCount)} documents, {formatCount(summary.codePoints)} code
            points; annotators: {summary.annotators.join(', ')}. Per label, F1 and kappa are means
            over the pairs.
            {agreement.computedAt && (
              <> Computed at {new Date(agreement.computedAt).toLocaleTimeString()}.</>
            )}
          </p>
          <AgreementBarChart title="F1 and kappa per label" rows={summary.labels} />
          <AgreementTable caption="Per label" rows={summary.labels} withAlpha />
          <AgreementBarChart title="F1 and kappa per annotator pair" rows={summary.pairs} />
          <AgreementTable caption="Per pair" rows={summary.pairs} withAlpha={false} />
          <DocumentAgreementTable rows={summary.documents} />
          <ProblemList title="Files left out" problems={agreement.problems} />
        </>
      )}
    </div>
  );
}
