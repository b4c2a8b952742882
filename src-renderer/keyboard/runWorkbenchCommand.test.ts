import { describe, expect, it } from 'vitest';
import { createTestStore } from '../store/testStore';
import { runMenuCommand, runWorkbenchCommand } from './runWorkbenchCommand';

describe('the export and import commands', () => {
  it.each([
    ['export', 'export'],
    ['import-annotations', 'import-annotations'],
    ['open-annotation-files', 'open-annotation-files'],
  ] as const)('menu command %s opens the %s dialog', (command, dialog) => {
    const { store, state } = createTestStore();
    runMenuCommand(store, command);
    expect(state().dialog).toBe(dialog);
  });

  it.each([
    ['show-export', 'export'],
    ['show-import', 'import-annotations'],
  ] as const)('shortcut command %s opens the %s dialog', (command, dialog) => {
    const { store, state } = createTestStore();
    expect(runWorkbenchCommand(store, { command })).toBe(true);
    expect(state().dialog).toBe(dialog);
  });
});
