import type { MenuCommand } from '../../src-main/contract/parleyContract';
import { measureAfterPaint, TAG_MEASURE, TAG_START_MARK } from '../performance/paintMarks';
import type { AppStoreApi } from '../store/createAppStore';
import type { ShortcutMatch } from './shortcuts';

export type Shortcut = NonNullable<ShortcutMatch>;

/** Moves focus to the next or previous panel (documents, article, annotations). */
export function focusAdjacentRegion(step: 1 | -1, root: ParentNode = document): void {
  const regions = [...root.querySelectorAll<HTMLElement>('[data-region]')];
  if (regions.length === 0) return;
  const active = document.activeElement;
  const current = regions.findIndex((region) => active !== null && region.contains(active));
  const next = regions[(current + step + regions.length) % regions.length]!;
  (next.querySelector<HTMLElement>('[data-region-focus]') ?? next).focus();
}

/** Runs one workbench command; false when it did not apply (the key then does its default). */
export function runWorkbenchCommand(store: AppStoreApi, shortcut: Shortcut): boolean {
  const state = store.getState();
  switch (shortcut.command) {
    case 'apply-label': {
      performance.mark(TAG_START_MARK);
      if (state.applyLabel(shortcut.labelId)) measureAfterPaint(TAG_MEASURE, TAG_START_MARK);
      return true;
    }
    case 'undo':
      state.undo();
      return true;
    case 'redo':
      state.redo();
      return true;
    case 'save':
      void state.saveNow();
      return true;
    case 'find':
      state.openFind();
      return true;
    case 'find-next':
    case 'find-previous':
      if (!state.findOpen) state.openFind();
      else
        state.requestEditor({ kind: 'find-step', step: shortcut.command === 'find-next' ? 1 : -1 });
      return true;
    case 'next-span':
      state.selectAdjacentAnnotation(1);
      return true;
    case 'previous-span':
      state.selectAdjacentAnnotation(-1);
      return true;
    case 'next-document':
      void state.openAdjacentDocument(1);
      return true;
    case 'previous-document':
      void state.openAdjacentDocument(-1);
      return true;
    case 'next-untagged-document':
      void state.openNextUntaggedDocument();
      return true;
    case 'toggle-done':
      void state.toggleDocumentDone();
      return true;
    case 'show-guidelines':
      state.showDialog('guidelines');
      return true;
    case 'show-shortcuts':
      state.showDialog('shortcuts');
      return true;
    case 'show-export':
      state.showDialog('export');
      return true;
    case 'show-import':
      state.showDialog('import-annotations');
      return true;
    case 'clear-selection':
      if (state.selectedAnnotationId === null && !state.textSelection) return false;
      state.selectAnnotation(null);
      state.requestEditor({ kind: 'collapse-selection' });
      return true;
    case 'delete-span':
      if (state.selectedAnnotationId === null) return false;
      state.deleteAnnotation(state.selectedAnnotationId);
      return true;
    case 'select-span-at-caret':
      return state.selectAnnotationAtCaret();
    case 'toggle-snap-to-words':
      state.toggleSnapToWords();
      state.showNotice(`Snap to words ${store.getState().snapToWords ? 'on' : 'off'}.`);
      return true;
    case 'next-disagreement':
    case 'previous-disagreement':
      // Only review has disagreements; elsewhere the key does what it would do anyway.
      if (!state.reviewActive) return false;
      return state.stepDisagreement(shortcut.command === 'next-disagreement' ? 1 : -1);
    case 'next-region':
    case 'previous-region':
      focusAdjacentRegion(shortcut.command === 'next-region' ? 1 : -1);
      return true;
  }
}

/** Runs a command from the desktop menu. */
export function runMenuCommand(store: AppStoreApi, command: MenuCommand): void {
  const state = store.getState();
  switch (command) {
    case 'save':
    case 'undo':
    case 'redo':
    case 'find':
      runWorkbenchCommand(store, { command });
      return;
    case 'toggle-theme':
      state.toggleTheme();
      return;
    case 'toggle-project-panel':
      state.toggleProjectPanel();
      return;
    case 'toggle-annotation-panel':
      state.toggleAnnotationPanel();
      return;
    case 'show-guidelines':
      state.showDialog('guidelines');
      return;
    case 'show-about':
      state.showDialog('about');
      return;
    case 'export':
    case 'import-annotations':
    case 'open-annotation-files':
      state.showDialog(command);
      return;
    case 'project-changed':
      void state.loadProject();
      return;
    case 'toggle-review':
      void (state.reviewActive ? state.exitReview() : state.enterReview());
      return;
  }
}
