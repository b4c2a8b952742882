import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { documentRows, labelRows, pairRows } from '../../src-main/core/review/agreementSummary';
import { ProblemList } from '../components/ProblemList';
import { useAppStore } from '../store/AppStoreProvider';
import { AgreementBarChart } from './AgreementBarChart';
import { AgreementTable } from './AgreementTable';

/** The agreement report of the compared annotators: charts, tables, HTML and CSV export. */
export function AgreementReportView() {
  const { agreement, loadAgreementReport, exportAgreementReport } = useAppStore(
    useShallow((state) => ({
      agreement: state.agreement,
      loadAgreementReport: state.loadAgreementReport,
      exportAgreementReport: state.exportAgreementReport,
    })),
  );
  const [existing, setExisting] = useState<'html' | 'csv' | null>(null);
  const report = agreement.report;
  const rows = useMemo(
    () =>
      report && {
        labels: labelRows(report.project, report.labels),
        pairs: pairRows(report.project),
        documents: documentRows(report),
      },
    [report],
  );

  async function exportAs(format: 'html' | 'csv', replace = false): Promise<void> {
    const result = await exportAgreementReport(format, { replace });
    setExisting(result?.outcome === 'exists' ? format : null);
  }

  return (
    <div className="agreement-report" aria-label="Agreement report" role="region">
      <div className="agreement-report__actions">
        <button type="button" onClick={() => void loadAgreementReport()}>
          Recompute
        </button>
        <button type="button" onClick={() => void exportAs('html')}>
          Export HTML
        </button>
        <button type="button" onClick={() => void exportAs('csv')}>
          Export CSV
        </button>
        {existing && (
          <button type="button" onClick={() => void exportAs(existing, true)}>
            Replace agreement.{existing}
          </button>
        )}
      </div>
      {agreement.loading && <p role="status">Computing agreement…</p>}
      {agreement.stale && !agreement.loading && (
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
      {report && rows && (
        <>
          <p>
            {report.project.documentCount} documents, {report.project.codePoints.toLocaleString()}{' '}
            code points; annotators: {report.annotators.join(', ')}. Per label, F1 and kappa are
            means over the pairs.
          </p>
          <AgreementBarChart title="F1 and kappa per label" rows={rows.labels} />
          <AgreementTable caption="Per label" rows={rows.labels} withAlpha />
          <AgreementBarChart title="F1 and kappa per annotator pair" rows={rows.pairs} />
          <AgreementTable caption="Per pair" rows={rows.pairs} withAlpha={false} />
          <AgreementTable caption="Per document" rows={rows.documents} withAlpha />
          <ProblemList title="Files left out" problems={agreement.problems} />
        </>
      )}
    </div>
  );
}
