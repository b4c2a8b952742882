import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, WebContents } from 'electron';
import {
  FakeWebContents,
  fakeElectron,
  fakeEvent,
  resetFakeElectron,
} from './testing/fakeElectron';
import { guardUnsavedUnload } from './unloadGuard';

vi.mock('electron', async () => (await import('./testing/fakeElectron')).fakeElectron);

beforeEach(resetFakeElectron);

describe('guardUnsavedUnload', () => {
  const window = {} as BrowserWindow;

  function preventUnload(choice: number) {
    const contents = new FakeWebContents();
    guardUnsavedUnload(contents as unknown as Pick<WebContents, 'on'>, window);
    fakeElectron.dialog.showMessageBoxSync.mockReturnValue(choice);
    const event = fakeEvent();
    contents.emit('will-prevent-unload', event);
    return event;
  }

  it('asks before leaving with unsaved changes, and lets the page go on Leave', () => {
    const event = preventUnload(0);
    expect(fakeElectron.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        message: 'You have unsaved changes that could not be saved yet. Leave anyway?',
        buttons: ['Leave', 'Stay'],
        cancelId: 1,
      }),
    );
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('keeps the page on Stay, or when the dialog is dismissed', () => {
    expect(preventUnload(1).preventDefault).not.toHaveBeenCalled();
  });
});
