import { useEffect } from 'react';
import { selectLabels } from '../store/selectors';
import type { AppStoreApi } from '../store/createAppStore';
import { runMenuCommand, runWorkbenchCommand } from './runWorkbenchCommand';
import { isTextEntry, matchShortcut } from './shortcuts';
import type { Bridge } from '../bridge/bridge';

/** Binds the workbench's keyboard shortcuts on the window, and the desktop menu's commands. */
export function useWorkbenchShortcuts(store: AppStoreApi, bridge: Bridge): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (event.isComposing) return;
      const state = store.getState();
      // Modal dialogs own the keyboard while they are open; Esc closes one from anywhere.
      if (state.dialog !== null) {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          state.closeDialog();
          event.preventDefault();
        }
        return;
      }
      if (state.conflict !== null) return;
      const target = event.target instanceof Element ? event.target : null;
      const inArticle = target?.closest('[data-article-editor]') != null;
      // ProseMirror marks the keys it handled (Enter, Delete…) as done: in the article those
      // edits are refused anyway, so the workbench still gets them. Elsewhere it is respected.
      if (event.defaultPrevented && !inArticle) return;
      const labelHotkeys = new Map<string, string>();
      for (const label of selectLabels(state)) {
        if (label.hotkey !== undefined) labelHotkeys.set(label.hotkey, label.id);
      }
      const shortcut = matchShortcut(event, {
        inTextField: isTextEntry(target),
        inArticle,
        labelHotkeys,
      });
      if (shortcut && runWorkbenchCommand(store, shortcut)) event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    const stopMenu = bridge.onMenuCommand((command) => runMenuCommand(store, command));
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [store, bridge]);
}
