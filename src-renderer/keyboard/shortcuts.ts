/** The commands a key (or a menu item) can run in the workbench. */
export type WorkbenchCommand =
  | 'undo'
  | 'redo'
  | 'save'
  | 'find'
  | 'find-next'
  | 'find-previous'
  | 'next-span'
  | 'previous-span'
  | 'next-document'
  | 'previous-document'
  | 'next-untagged-document'
  | 'toggle-done'
  | 'show-guidelines'
  | 'show-shortcuts'
  | 'clear-selection'
  | 'delete-span'
  | 'select-span-at-caret'
  | 'toggle-snap-to-words'
  | 'next-region'
  | 'previous-region'
  | 'next-disagreement'
  | 'previous-disagreement'
  | 'show-export'
  | 'show-import';

export type ShortcutMatch =
  { command: WorkbenchCommand } | { command: 'apply-label'; labelId: string } | undefined;

export type KeyStroke = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

export interface ShortcutContext {
  /** Focus is in a text box, a select or a note: plain keys type, native undo applies. */
  inTextField: boolean;
  /** Focus is in the article (the editor), where Enter selects the span at the caret. */
  inArticle: boolean;
  /** Label id by hotkey, from the project config. */
  labelHotkeys: ReadonlyMap<string, string>;
}

/** The keyboard shortcuts, as the help dialog and the README list them. */
export const SHORTCUT_HELP: readonly { keys: string; action: string }[] = [
  { keys: 'Select text, then 1–4 (the label hotkeys)', action: 'Tag the selection' },
  { keys: '1–4 with a span selected, no text selected', action: 'Change the span’s label' },
  { keys: 'Shift+Arrows, Ctrl/Cmd+Shift+Arrows', action: 'Select text in the article' },
  { keys: 'Enter (in the article)', action: 'Select the span at the caret' },
  { keys: 'J / K or Alt+↓ / Alt+↑', action: 'Next / previous span' },
  { keys: 'Delete or Backspace', action: 'Delete the selected span' },
  { keys: 'Esc', action: 'Clear the selection; close a dialog or find' },
  { keys: 'Ctrl/Cmd+Z', action: 'Undo' },
  { keys: 'Ctrl/Cmd+Shift+Z or Ctrl+Y', action: 'Redo' },
  { keys: 'Ctrl/Cmd+S', action: 'Save now' },
  { keys: 'Ctrl/Cmd+F', action: 'Find in article' },
  { keys: 'Enter / Shift+Enter in find, F3 / Shift+F3', action: 'Next / previous match' },
  { keys: '] / [ or Alt+PageDown / Alt+PageUp', action: 'Next / previous document' },
  { keys: 'N', action: 'Next document without spans' },
  { keys: 'Ctrl/Cmd+Enter', action: 'Mark the document done (again: in progress)' },
  { keys: 'W', action: 'Snap to words on / off' },
  { keys: 'F6 / Shift+F6', action: 'Move focus to the next / previous panel' },
  { keys: 'G or F1', action: 'Guidelines' },
  { keys: '. / , (in review)', action: 'Next / previous disagreement' },
  { keys: 'Ctrl/Cmd+E', action: 'Export…' },
  { keys: 'Ctrl/Cmd+I', action: 'Import annotations…' },
  { keys: '?', action: 'This list of shortcuts' },
];

const PLAIN_KEYS: Readonly<Record<string, WorkbenchCommand>> = {
  j: 'next-span',
  k: 'previous-span',
  ']': 'next-document',
  '[': 'previous-document',
  n: 'next-untagged-document',
  g: 'show-guidelines',
  '?': 'show-shortcuts',
  w: 'toggle-snap-to-words',
  Escape: 'clear-selection',
  '.': 'next-disagreement',
  ',': 'previous-disagreement',
  Delete: 'delete-span',
  Backspace: 'delete-span',
};

/** What a key press means in the workbench, or undefined when it is not a shortcut. */
export function matchShortcut(stroke: KeyStroke, context: ShortcutContext): ShortcutMatch {
  const mod = stroke.ctrlKey || stroke.metaKey;
  const key = stroke.key.length === 1 ? stroke.key.toLowerCase() : stroke.key;

  // Keys that work everywhere, text fields included.
  if (mod && !stroke.altKey) {
    if (key === 's') return { command: 'save' };
    if (key === 'f') return { command: 'find' };
    if (key === 'g') return { command: stroke.shiftKey ? 'find-previous' : 'find-next' };
    if (key === 'Enter') return { command: 'toggle-done' };
    if (key === 'e' && !stroke.shiftKey) return { command: 'show-export' };
    if (key === 'i' && !stroke.shiftKey) return { command: 'show-import' };
  }
  if (key === 'F1') return { command: 'show-guidelines' };
  if (key === 'F3') return { command: stroke.shiftKey ? 'find-previous' : 'find-next' };
  if (key === 'F6') return { command: stroke.shiftKey ? 'previous-region' : 'next-region' };
  if (stroke.altKey && !mod && !stroke.shiftKey) {
    if (key === 'PageDown') return { command: 'next-document' };
    if (key === 'PageUp') return { command: 'previous-document' };
  }
  if (context.inTextField) return undefined;

  if (mod && !stroke.altKey) {
    if (key === 'z') return { command: stroke.shiftKey ? 'redo' : 'undo' };
    if (key === 'y' && !stroke.shiftKey) return { command: 'redo' };
    return undefined;
  }
  if (stroke.altKey) {
    if (stroke.shiftKey || mod) return undefined;
    if (key === 'ArrowDown') return { command: 'next-span' };
    if (key === 'ArrowUp') return { command: 'previous-span' };
    return undefined;
  }
  const labelId = context.labelHotkeys.get(key);
  if (labelId !== undefined && !stroke.shiftKey) return { command: 'apply-label', labelId };
  if (key === 'Enter' && context.inArticle && !stroke.shiftKey) {
    return { command: 'select-span-at-caret' };
  }
  const command = PLAIN_KEYS[key];
  // "?" needs Shift on most layouts; letters with Shift stay free for selecting.
  if (command && (!stroke.shiftKey || key === '?')) return { command };
  return undefined;
}

/** True when keys typed at this element should type, not run shortcuts. */
export function isTextEntry(element: Element | null): boolean {
  if (!element) return false;
  if (element.closest('[data-article-editor]')) return false;
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  if (element instanceof HTMLInputElement) {
    return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color'].includes(
      element.type,
    );
  }
  return element.closest('[contenteditable]:not([contenteditable="false"])') !== null;
}
