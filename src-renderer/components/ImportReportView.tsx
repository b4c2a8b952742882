import type { ImportReport } from '../../src-main/contract/parleyContract';

interface ImportReportViewProps {
  report: ImportReport;
  /** Files of `needsDecision` ticked for replacing. */
  selected: ReadonlySet<string>;
  onToggle: (file: string, replace: boolean) => void;
  onReplaceSelected: () => void;
  busy: boolean;
}

/** What an import wrote, what it left for a decision, and what it could not use. */
export function ImportReportView({
  report,
  selected,
  onToggle,
  onReplaceSelected,
  busy,
}: ImportReportViewProps) {
  return (
    <section className="import-report" aria-label="Import report">
      <p role="status">
        {report.written.length} written, {report.needsDecision.length} already exist,{' '}
        {report.unmatched.length} unmatched, {report.problems.length} problems.
      </p>
      {report.written.length > 0 && (
        <table className="import-report__table" aria-label="Files written">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Annotator</th>
              <th scope="col">Document</th>
              <th scope="col">Spans</th>
              <th scope="col">Matched by</th>
              <th scope="col">Flagged</th>
            </tr>
          </thead>
          <tbody>
            {report.written.map((target) => (
              <tr key={target.file}>
                <td>
                  <code>{target.file}</code>
                  {target.replaced ? ' (replaced)' : ''}
                  {target.source ? ` from ${target.source}` : ''}
                </td>
                <td>{target.annotator}</td>
                <td>{target.documentId}</td>
                <td>{target.spans}</td>
                <td>{target.matchedBy}</td>
                <td>{target.flagged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.needsDecision.length > 0 && (
        <fieldset className="import-report__decisions">
          <legend>Already exist (left alone)</legend>
          {report.needsDecision.map((target) => (
            <label key={target.file} className="toggle">
              <input
                type="checkbox"
                checked={selected.has(target.file)}
                onChange={(event) => onToggle(target.file, event.target.checked)}
              />
              Replace <code>{target.file}</code> ({target.spans} spans
              {target.source ? ` from ${target.source}` : ''})
            </label>
          ))}
          <div className="dialog-actions">
            <button
              type="button"
              disabled={busy || selected.size === 0}
              onClick={onReplaceSelected}
            >
              Replace selected
            </button>
          </div>
        </fieldset>
      )}
      {report.unmatched.length > 0 && (
        <>
          <h3>Documents not in this project</h3>
          <ul aria-label="Unmatched documents">
            {report.unmatched.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>Problems</h3>
          <ul aria-label="Import problems">
            {report.problems.map((problem, index) => (
              <li key={index}>
                <code>{problem.path}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
