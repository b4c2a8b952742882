import { useId, useState } from 'react';
import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { describeChanges } from '../store/recoverySlice';
import { ModalDialog } from './ModalDialog';

/**
 * Unsaved changes were journaled on an older version of the annotation file (another program
 * or a save changed it since): nothing is replaced until the analyst chooses.
 */
export function RecoveryDialog() {
  const { offer, title, restore, keepFile } = useAppStore(
    useShallow((state) => ({
      offer: state.recoveryOffer,
      title: state.opened?.article.title,
      restore: state.restoreRecoveredEdits,
      keepFile: state.keepFileOverRecoveredEdits,
    })),
  );
  const [busy, setBusy] = useState(false);
  const messageId = useId();
  if (!offer) return null;
  const changes = describeChanges(offer.recovered.changedSpans);
  const time = new Date(offer.recovered.writtenAt).toLocaleString();

  return (
    <ModalDialog title="Unsaved changes were found" role="alertdialog" describedBy={messageId}>
      <p id={messageId}>
        {`"${title ?? 'This document'}" has ${changes} from ${time} that were never saved, and the annotation file has changed since. Keep the file as it is (the unsaved changes are discarded), or restore the unsaved changes (they replace the file's spans when saved; Undo takes them back).`}
      </p>
      <div className="conflict-actions">
        <button
          type="button"
          disabled={busy}
          data-autofocus
          onClick={() => {
            setBusy(true);
            void keepFile().finally(() => setBusy(false));
          }}
        >
          Keep the file
        </button>
        <button type="button" disabled={busy} onClick={restore}>
          Restore unsaved changes
        </button>
      </div>
    </ModalDialog>
  );
}
