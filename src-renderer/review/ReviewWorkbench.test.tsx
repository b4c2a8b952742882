import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { Workbench } from '../components/Workbench';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/createAppStore';
import { FakeHost } from '../testing/fakeBridge';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';
const TEXT = `Pay now or we strike. ${HOSTILE}`;

beforeAll(() => {
  // jsdom does no layout; ProseMirror asks for rectangles when it scrolls the selection.
  const rect = () => ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 });
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = rect as () => DOMRect;
  document.elementFromPoint = () => null;
});
afterEach(cleanup);

function span(id: string, label: string, start: number, end: number): Annotation {
  return { id, label, start, end, text: TEXT.slice(start, end), attributes: {}, note: '' };
}

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('review mode in the workbench', () => {
  it('lists the disagreements, draws each annotator, and accepts into gold', async () => {
    const host = new FakeHost([{ id: '1', title: 'Strike', text: TEXT }]);
    host.writeFile('ann', '1', [span('a1', 'demand', 0, 7), span('a2', 'threat', 11, 20)]);
    host.writeFile('ben', '1', [
      span('b1', 'demand', 0, 7),
      span('b2', 'threat', 8, 20),
      span('b3', 'offer', 22, 22 + HOSTILE.length),
    ]);
    const store = createAppStore(host.bridge, { autosaveDelayMs: 10_000 });
    render(
      <AppStoreProvider store={store}>
        <Workbench bridge={host.bridge} />
      </AppStoreProvider>,
    );
    await settle();
    await act(() => store.getState().openDocument('1'));
    fireEvent.click(screen.getByRole('button', { name: 'Review' }));
    await settle();
    await settle();

    const list = screen.getByRole('list', { name: 'Disagreements' });
    expect(
      [...list.querySelectorAll(':scope > li')].map((item) => item.getAttribute('aria-label')),
    ).toEqual(['Agreed: Pay now', 'Boundary mismatch: or we strike', `Only ben: ${HOSTILE}`]);
    // User text stays text: the hostile markup is shown, never parsed.
    expect(document.querySelector('img')).toBeNull();
    const article = screen.getByRole('textbox', { name: 'Compared article' });
    expect(article.querySelectorAll('[data-annotator="ann"][data-initials="AN"]')).not.toHaveLength(
      0,
    );

    const boundary = within(list).getByRole('listitem', {
      name: 'Boundary mismatch: or we strike',
    });
    fireEvent.click(within(boundary).getByRole('button', { name: 'Accept ben' }));
    expect(store.getState().annotations).toEqual([
      expect.objectContaining({ label: 'threat', start: 8, end: 20 }),
    ]);
    expect(screen.getByRole('status', { name: 'Review progress' }).textContent).toBe(
      '1 of 3 decided',
    );
    expect(within(boundary).getByText('Resolved')).toBeTruthy();
  });
});
