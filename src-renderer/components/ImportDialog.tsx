import { useEffect, useId, useRef, useState } from 'react';
import type { ImportFileFormat, ImportReport } from '../../src-main/contract/parleyContract';
import type { Bridge } from '../bridge/bridge';
import { toBridgeError } from '../bridge/bridgeError';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import { annotatorNameProblem } from '../store/projectSlice';
import { mergeImportReports } from '../transfer/mergeImportReports';
import { readImportFiles, type ImportFile } from '../transfer/readImportFiles';
import { ImportReportView } from './ImportReportView';
import { ModalDialog } from './ModalDialog';

const FORMAT_TITLES: Record<ImportFileFormat, string> = {
  parley: 'Parley annotation files (a colleague’s)',
  brat: 'brat standoff (.ann with its .txt)',
  doccano: 'doccano JSONL',
  'label-studio': 'Label Studio tasks (JSON)',
  w3c: 'W3C Web Annotation (JSON-LD)',
  jsonl: 'Parley dataset (JSONL)',
};
const FORMATS = Object.keys(FORMAT_TITLES) as ImportFileFormat[];

interface ImportDialogProps {
  bridge: Bridge;
  /** `open`: File › Open Annotation Files… (Parley files); `import`: other tools' files. */
  mode: 'open' | 'import';
}

/**
 * File › Import Annotations… and File › Open Annotation Files…: send the chosen files' text to
 * the host, show what it wrote, and replace existing files only when the analyst ticks them.
 */
export function ImportDialog({ bridge, mode }: ImportDialogProps) {
  const id = useId();
  const store = useAppStoreApi();
  const closeDialog = useAppStore((state) => state.closeDialog);
  const [format, setFormat] = useState<ImportFileFormat>(mode === 'open' ? 'parley' : 'brat');
  const [files, setFiles] = useState<ImportFile[]>([]);
  const [annotator, setAnnotator] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const folderInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // Not a React prop: set on the element so the picker chooses folders.
    if (folderInput.current) folderInput.current.webkitdirectory = true;
  }, []);

  const otherTool = format !== 'parley';
  const name = annotator.trim();
  const annotatorProblem =
    name === ''
      ? otherTool
        ? 'Give the name of the annotator who made these annotations.'
        : null
      : annotatorNameProblem(name);

  async function choose(list: FileList | null): Promise<void> {
    setProblem(null);
    try {
      setFiles(await readImportFiles(list ?? []));
    } catch (error) {
      setProblem(`The files could not be read: ${toBridgeError(error).message}`);
    }
  }

  /** Reloads the project's counts and annotators, and the open document if it was replaced. */
  async function refresh(written: ImportReport['written']): Promise<void> {
    if (written.length === 0) return;
    const state = store.getState();
    await state.loadProject();
    const openedId = state.opened?.article.id;
    const touched = written.some(
      (target) => target.documentId === openedId && target.annotator === state.annotator,
    );
    if (openedId !== undefined && touched) await state.openDocument(openedId, { reload: true });
  }

  async function send(replace?: string[]): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await bridge.importAnnotationFiles({
        format,
        files,
        ...(name === '' ? {} : { annotator: name }),
        ...(replace ? { replace } : {}),
      });
      setReport((previous) =>
        previous && replace ? mergeImportReports(previous, answer) : answer,
      );
      setSelected(new Set());
      await refresh(answer.written);
    } catch (error) {
      setProblem(toBridgeError(error).describe());
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      title={mode === 'open' ? 'Open annotation files' : 'Import annotations'}
      onClose={closeDialog}
      className="import-dialog"
    >
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && files.length > 0 && annotatorProblem === null) void send();
        }}
      >
        <div className="form-field">
          <label htmlFor={`${id}-format`}>Format</label>
          <select
            id={`${id}-format`}
            value={format}
            data-autofocus
            onChange={(event) => {
              setFormat(event.target.value as ImportFileFormat);
              setReport(null);
            }}
          >
            {FORMATS.map((candidate) => (
              <option key={candidate} value={candidate}>
                {FORMAT_TITLES[candidate]}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field import-form__pickers">
          <label htmlFor={`${id}-files`}>Choose files</label>
          <input
            id={`${id}-files`}
            type="file"
            multiple
            onChange={(event) => void choose(event.target.files)}
          />
          <label htmlFor={`${id}-folder`}>Choose a folder</label>
          <input
            id={`${id}-folder`}
            ref={folderInput}
            type="file"
            onChange={(event) => void choose(event.target.files)}
          />
          <p className="field-hint" role="status">
            {files.length === 0
              ? 'No files chosen.'
              : `${files.length} ${files.length === 1 ? 'file' : 'files'} chosen.`}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor={`${id}-annotator`}>
            {otherTool ? 'Annotator' : 'Annotator (empty: each file’s own)'}
          </label>
          <input
            id={`${id}-annotator`}
            type="text"
            value={annotator}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={name !== '' && annotatorProblem !== null}
            aria-describedby={annotatorProblem ? `${id}-annotator-problem` : undefined}
            onChange={(event) => setAnnotator(event.target.value)}
          />
          {annotatorProblem && (
            <p id={`${id}-annotator-problem`} className="field-problem">
              {annotatorProblem}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="submit" disabled={busy || files.length === 0 || annotatorProblem !== null}>
            {busy ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>
      {problem && (
        <p role="alert" className="field-problem">
          {problem}
        </p>
      )}
      {report && (
        <ImportReportView
          report={report}
          selected={selected}
          busy={busy}
          onToggle={(file, replace) =>
            setSelected((current) => {
              const next = new Set(current);
              if (replace) next.add(file);
              else next.delete(file);
              return next;
            })
          }
          onReplaceSelected={() => void send([...selected])}
        />
      )}
    </ModalDialog>
  );
}
