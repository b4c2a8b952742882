import { dialog, type BrowserWindow, type WebContents } from 'electron';

export const LEAVE_BUTTON = 0;

/**
 * The page holds its unload (beforeunload) while spans are unsaved. Electron then does nothing
 * by itself, so the window would refuse to close without a word: ask the analyst instead, and
 * let the page go only on Leave. (The recovery journal still holds edits older than ~1 s.)
 */
export function guardUnsavedUnload(contents: Pick<WebContents, 'on'>, window: BrowserWindow): void {
  contents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      message: 'You have unsaved changes that could not be saved yet. Leave anyway?',
      detail: 'Changes older than a second are kept in the recovery journal and offered again.',
      buttons: ['Leave', 'Stay'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    // preventDefault here overrides the page's beforeunload: the page unloads.
    if (choice === LEAVE_BUTTON) event.preventDefault();
  });
}
