import type { ExportSummary } from '../../src-main/contract/parleyContract';
import { ProblemList } from './ProblemList';

function countsText(counts: ExportSummary['warningCounts']): string {
  return Object.entries(counts)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a finished export wrote, and every lossy step it took, per kind and per document. */
export function ExportSummaryView({ summary }: { summary: ExportSummary }) {
  const kinds = Object.entries(summary.warningCounts);
  return (
    <section className="export-summary" aria-label="Export summary">
      <h3>Export finished</h3>
      <p>
        {plural(summary.documents, 'document', 'documents')} and{' '}
        {plural(summary.spans, 'span', 'spans')} exported.
      </p>
      <h4>Files written</h4>
      <ul aria-label="Files written">
        {summary.files.map((file) => (
          <li key={file}>
            <code>{file}</code>
          </li>
        ))}
      </ul>
      <h4>Warnings</h4>
      {kinds.length === 0 ? (
        <p>No warnings: nothing was lost.</p>
      ) : (
        <ul aria-label="Warnings by kind">
          {kinds.map(([kind, count]) => (
            <li key={kind}>
              <code>{kind}</code>: {count}
            </li>
          ))}
        </ul>
      )}
      {summary.documentWarnings.length > 0 && (
        <details className="export-summary__documents">
          <summary>Warnings by document ({summary.documentWarnings.length})</summary>
          <ul>
            {summary.documentWarnings.map((document) => (
              <li key={document.documentId}>
                <details>
                  <summary>
                    {document.title} ({document.documentId}): {countsText(document.counts)}
                  </summary>
                  <ul>
                    {document.warnings.map((warning, index) => (
                      <li key={index}>
                        <code>{warning.kind}</code>
                        {warning.spanId ? ` (span ${warning.spanId})` : ''}: {warning.message}
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
          {summary.unlistedWarnings > 0 && (
            <p>{plural(summary.unlistedWarnings, 'more warning', 'more warnings')} not listed.</p>
          )}
        </details>
      )}
      <ProblemList title="Annotation files left out as invalid" problems={summary.problems} />
    </section>
  );
}
