import { useId, useState } from 'react';
import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { ModalDialog } from './ModalDialog';

/**
 * The annotation file changed on disk since it was opened. Nothing is overwritten until the
 * analyst chooses: reload theirs, keep mine (overwrite), or save mine under another name.
 */
export function ConflictDialog() {
  const { conflict, annotator, reload, keepMine, saveAs } = useAppStore(
    useShallow((state) => ({
      conflict: state.conflict,
      annotator: state.annotator,
      reload: state.resolveConflictByReloading,
      keepMine: state.resolveConflictByKeepingMine,
      saveAs: state.resolveConflictBySavingAs,
    })),
  );
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameId = useId();
  if (!conflict) return null;

  async function run(action: () => Promise<unknown>): Promise<void> {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  return (
    <ModalDialog
      title="The annotation file changed on disk"
      role="alertdialog"
      describedBy={`${nameId}-message`}
    >
      <p id={`${nameId}-message`}>
        {conflict.message}. Your spans for this document are still here, unsaved. Nothing is
        overwritten until you choose.
      </p>
      <div className="conflict-actions">
        <button type="button" disabled={busy} onClick={() => void run(reload)}>
          Reload (discard mine)
        </button>
        <button type="button" disabled={busy} onClick={() => void run(keepMine)}>
          Keep mine (overwrite the file)
        </button>
      </div>
      <form
        className="conflict-save-as"
        onSubmit={(event) => {
          event.preventDefault();
          void run(async () => setProblem(await saveAs(name.trim())));
        }}
      >
        <label htmlFor={nameId}>Save mine as another annotator</label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={`${annotator}-copy`}
          autoComplete="off"
          spellCheck={false}
          data-autofocus
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={busy || name.trim() === ''}>
          Save as
        </button>
        {problem && (
          <p role="alert" className="field-problem">
            {problem}
          </p>
        )}
      </form>
    </ModalDialog>
  );
}
