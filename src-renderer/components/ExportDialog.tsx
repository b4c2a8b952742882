import { useEffect, useMemo, useState } from 'react';
import { useShallow } from '../store/useShallow';
import type { ExportFormatDescription } from '../../src-main/contract/parleyContract';
import type { Bridge } from '../bridge/bridge';
import { BridgeError, toBridgeError } from '../bridge/bridgeError';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import { selectLabels } from '../store/selectors';
import { exportRequestFrom, type ExportChoices } from '../transfer/exportRequest';
import { useExportJob } from '../transfer/useExportJob';
import { ExportForm } from './ExportForm';
import { ExportProgressView } from './ExportProgressView';
import { ExportSummaryView } from './ExportSummaryView';
import { ModalDialog } from './ModalDialog';

/**
 * File › Export…: choose what to export, watch it run in the host (cancellable), read what it
 * wrote. Closing the dialog while it runs cancels the export.
 */
export function ExportDialog({ bridge }: { bridge: Bridge }) {
  const { closeDialog, labels, annotator, documents, opened } = useAppStore(
    useShallow((state) => ({
      closeDialog: state.closeDialog,
      labels: selectLabels(state),
      annotator: state.annotator,
      documents: state.project?.documents,
      opened: state.opened?.article,
    })),
  );
  const annotators = useMemo(() => {
    const others = new Set(documents?.flatMap((document) => document.annotators) ?? []);
    others.delete(annotator);
    others.delete('gold');
    return [annotator, ...[...others].sort()];
  }, [documents, annotator]);
  const [formats, setFormats] = useState<readonly ExportFormatDescription[] | null>(null);
  const [loadProblem, setLoadProblem] = useState<string | null>(null);
  const [choices, setChoices] = useState<ExportChoices | null>(null);
  const job = useExportJob(bridge);
  const store = useAppStoreApi();

  useEffect(() => {
    let live = true;
    bridge.listExportFormats({}).then(
      (answer) => {
        if (!live || answer[0] === undefined) return;
        setFormats(answer);
        // The form starts from the project as it is when the dialog opens.
        const current = store.getState();
        const allLabels = selectLabels(current).map((label) => label.id);
        setChoices({
          format: answer[0],
          fileName: answer[0].defaultFileName,
          annotator: current.annotator,
          labels: allLabels,
          allLabels,
          documentId: undefined,
          includeUnannotated: false,
          excel: false,
          overlap: 'longest',
          locale: 'en',
        });
      },
      (error: unknown) => {
        if (live) setLoadProblem(toBridgeError(error).describe());
      },
    );
    return () => {
      live = false;
    };
  }, [bridge, store]);

  const { state } = job;
  return (
    <ModalDialog title="Export" onClose={closeDialog} className="export-dialog">
      {loadProblem && (
        <p role="alert" className="field-problem">
          The export formats could not be listed: {loadProblem}
        </p>
      )}
      {!loadProblem && (formats === null || choices === null) && <p>Loading formats…</p>}
      {formats && choices && (state.phase === 'idle' || state.phase === 'starting') && (
        <ExportForm
          formats={formats}
          labels={labels}
          annotators={annotators}
          currentDocument={opened ? { id: opened.id, title: opened.title } : undefined}
          choices={choices}
          onChange={setChoices}
          onSubmit={() => void job.start(exportRequestFrom(choices))}
          busy={state.phase === 'starting'}
        />
      )}
      {state.phase === 'exists' && (
        <div role="alert" className="export-exists">
          <p>
            <code>{state.target}</code> already exists. Replace it?
          </p>
          <div className="dialog-actions">
            <button type="button" data-autofocus onClick={() => void job.replace()}>
              Replace
            </button>
            <button type="button" onClick={job.reset}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {state.phase === 'running' && (
        <ExportProgressView
          progress={state.progress}
          cancelling={state.cancelling}
          onCancel={() => void job.cancel()}
        />
      )}
      {state.phase === 'ended' && state.progress.state === 'done' && state.progress.summary && (
        <ExportSummaryView summary={state.progress.summary} />
      )}
      {state.phase === 'ended' && state.progress.state === 'cancelled' && (
        <p role="status">Export cancelled. Nothing was written.</p>
      )}
      {state.phase === 'ended' && state.progress.state === 'failed' && (
        <p role="alert" className="field-problem">
          The export to {state.progress.target} failed:{' '}
          {state.progress.error
            ? new BridgeError(state.progress.error.message, state.progress.error.file).describe()
            : 'the host gave no reason'}
        </p>
      )}
      {state.phase === 'error' && (
        <p role="alert" className="field-problem">
          {state.message}
        </p>
      )}
      {(state.phase === 'ended' || state.phase === 'error') && (
        <div className="dialog-actions">
          <button type="button" onClick={job.reset}>
            Back to the export settings
          </button>
          <button type="button" onClick={closeDialog}>
            Close
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
