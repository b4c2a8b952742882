import { SHORTCUT_HELP } from '../keyboard/shortcuts';
import { useAppStore } from '../store/AppStoreProvider';
import { ModalDialog } from './ModalDialog';

/** Every keyboard shortcut of the workbench. */
export function ShortcutsDialog() {
  const closeDialog = useAppStore((state) => state.closeDialog);
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={closeDialog}>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUT_HELP.map((shortcut) => (
            <tr key={shortcut.action}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.action}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
