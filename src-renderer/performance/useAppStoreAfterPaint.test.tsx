import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppStore } from '../store/appStore';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createTestStore } from '../store/testStore';
import { useAppStoreAfterPaint } from './useAppStoreAfterPaint';

let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Runs the pending frames, then the task after them: what the browser does when it paints. */
async function paint(): Promise<void> {
  await act(async () => {
    for (const frame of frames.splice(0)) frame(performance.now());
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

function renderNotice() {
  const { store } = createTestStore();
  const selector = vi.fn((state: AppStore) => state.notice?.message ?? 'none');
  function Shown() {
    return <p>{useAppStoreAfterPaint(selector)}</p>;
  }
  render(
    <AppStoreProvider store={store}>
      <Shown />
    </AppStoreProvider>,
  );
  return { store, selector };
}

describe('useAppStoreAfterPaint', () => {
  it('shows a change only after the next paint, and runs the selector only then', async () => {
    const { store, selector } = renderNotice();
    await paint();
    expect(screen.getByText('none')).toBeTruthy();
    const callsBefore = selector.mock.calls.length;

    act(() => store.getState().showNotice('tagged'));
    expect(screen.getByText('none')).toBeTruthy();
    expect(selector.mock.calls.length).toBe(callsBefore);

    await paint();
    expect(screen.getByText('tagged')).toBeTruthy();
    expect(selector.mock.calls.length).toBe(callsBefore + 1);
  });

  it('shows several changes before a paint together, with one run of the selector', async () => {
    const { store, selector } = renderNotice();
    await paint();
    const callsBefore = selector.mock.calls.length;

    act(() => {
      store.getState().showNotice('one');
      store.getState().showNotice('two');
      store.getState().showNotice('three');
    });
    await paint();
    expect(screen.getByText('three')).toBeTruthy();
    expect(selector.mock.calls.length).toBe(callsBefore + 1);
  });

  it('does nothing after the component is gone', async () => {
    const { store, selector } = renderNotice();
    await paint();
    act(() => store.getState().showNotice('late'));
    cleanup();
    const callsBefore = selector.mock.calls.length;
    await paint();
    expect(selector.mock.calls.length).toBe(callsBefore);
  });
});
