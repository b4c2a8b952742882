import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/createAppStore';
import { FakeHost } from '../testing/fakeBridge';
import { Workbench } from './Workbench';

const HOSTILE = '<img src=x onerror="window.__pwned=1">';

beforeAll(() => {
  // jsdom does no layout; ProseMirror asks for rectangles when it scrolls the selection.
  const rect = () => ({ top: 0, left: 0, right: 0, bottom: 0, width: 0, height: 0, x: 0, y: 0 });
  Range.prototype.getClientRects = () => [] as unknown as DOMRectList;
  Range.prototype.getBoundingClientRect = rect as () => DOMRect;
  document.elementFromPoint = () => null;
});
afterEach(cleanup);

function renderWorkbench(host: FakeHost) {
  const store = createAppStore(host.bridge, {
    autosaveDelayMs: 10_000,
    createId: () => 'new-span',
  });
  render(
    <AppStoreProvider store={store}>
      <Workbench bridge={host.bridge} />
    </AppStoreProvider>,
  );
  return store;
}

/** Lets pending work finish, including what waits for the next painted frame. */
async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  });
}

describe('Workbench', () => {
  it('shows the panels, the label toolbar and the save state by their accessible names', async () => {
    const host = new FakeHost([
      { id: '517', title: 'Iran rejects', text: 'Iran rejected a demand.' },
    ]);
    renderWorkbench(host);
    await settle();

    expect(screen.getByRole('region', { name: 'Documents' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Article' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Annotations' })).toBeTruthy();
    const toolbar = screen.getByRole('toolbar', { name: 'Labels' });
    expect(
      within(toolbar)
        .getAllByRole('button')
        .map((button) => button.getAttribute('aria-label')),
    ).toEqual(['Demand (1)', 'Denial (2)', 'Threat (3)', 'Offer (4)']);
    expect(screen.getByRole('status', { name: 'Save state' }).textContent).toBe('No document open');
    expect(screen.getByRole('searchbox', { name: 'Filter documents' })).toBeTruthy();
  });

  it('renders user text as text, never as HTML', async () => {
    const host = new FakeHost([{ id: 'x1', title: HOSTILE, text: `Quote: ${HOSTILE} end` }]);
    host.writeFile('annotator', 'x1', [
      {
        id: 'a1',
        label: 'demand',
        start: 7,
        end: 7 + HOSTILE.length,
        text: HOSTILE,
        note: HOSTILE,
      },
    ]);
    const store = renderWorkbench(host);
    await settle();

    fireEvent.click(screen.getByRole('button', { name: new RegExp('^<img') }));
    await settle();
    act(() => store.getState().selectAnnotation('a1'));
    await settle();

    expect(document.querySelector('img')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(screen.getByRole('heading', { name: HOSTILE })).toBeTruthy();
    const highlight = document.querySelector('[data-annotation-id="a1"]');
    expect(highlight?.getAttribute('data-label')).toBe('demand');
    expect(highlight?.textContent).toBe(HOSTILE);
    const spans = screen.getByRole('list', { name: 'Spans' });
    expect(within(spans).getByText(HOSTILE)).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe(
      HOSTILE,
    );
  });

  it('opens a document, tags the selection with a label button and lists the span', async () => {
    const host = new FakeHost([
      { id: '517', title: 'Iran rejects', text: 'Iran rejected a demand.' },
    ]);
    const store = renderWorkbench(host);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /Iran rejects/ }));
    await settle();

    act(() => store.getState().setTextSelection({ start: 7, end: 12 }));
    fireEvent.click(screen.getByRole('button', { name: 'Denial (2)' }));

    // The span is drawn in the article in the click's own task (in a microtask after the
    // handler); the panel follows after the next frame.
    await act(() => Promise.resolve());
    const highlight = document.querySelector('[data-annotation-id="new-span"]');
    expect(highlight?.textContent).toBe('rejected');
    expect(screen.queryByRole('list', { name: 'Spans' })).toBeNull();
    await settle();
    expect(within(screen.getByRole('list', { name: 'Spans' })).getByText('rejected')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Save state' }).textContent).toBe('Unsaved changes');
    expect(screen.getByRole('region', { name: 'Selected span' }).textContent).toContain(
      'Code points 5–13',
    );
  });

  describe('a long article', () => {
    // 100 lines of 199 characters and a line end: the late span starts far past the first screen.
    const text = Array.from({ length: 100 }, (_, line) => `Line ${line} `.padEnd(199, 'x')).join(
      '\n',
    );
    const lateStart = 90 * 200;
    function longArticleHost(): FakeHost {
      const host = new FakeHost([{ id: 'long', title: 'Long report', text }]);
      host.writeFile('annotator', 'long', [
        { id: 'early', label: 'demand', start: 0, end: 4, text: 'Line' },
        { id: 'late', label: 'threat', start: lateStart, end: lateStart + 4, text: 'Line' },
      ]);
      return host;
    }
    const drawn = (id: string) => document.querySelector(`[data-annotation-id="${id}"]`);

    it('paints the spans of its first screen first and the rest right after that paint', async () => {
      const store = renderWorkbench(longArticleHost());
      await settle();
      await act(() => store.getState().openDocument('long'));

      expect(drawn('early')?.textContent).toBe('Line');
      expect(drawn('late')).toBeNull();
      await settle();
      expect(drawn('late')?.textContent).toBe('Line');
    });

    it('draws every span at once when the open reveals one of them', async () => {
      const store = renderWorkbench(longArticleHost());
      await settle();
      act(() =>
        store.getState().requestEditor({ kind: 'reveal-annotation', annotationId: 'late' }),
      );
      await act(() => store.getState().openDocument('long'));

      expect(drawn('early')).not.toBeNull();
      expect(drawn('late')?.textContent).toBe('Line');
    });
  });

  it('runs keyboard shortcuts: a label hotkey tags, Ctrl+Z undoes, F1 shows the guidelines', async () => {
    const host = new FakeHost([
      { id: '517', title: 'Iran rejects', text: 'Iran rejected a demand.' },
    ]);
    const store = renderWorkbench(host);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /Iran rejects/ }));
    await settle();
    const article = screen.getByRole('textbox', { name: 'Article text' });
    act(() => store.getState().setTextSelection({ start: 16, end: 22 }));

    fireEvent.keyDown(article, { key: '1' });
    expect(store.getState().annotations.map((span) => span.text)).toEqual(['demand']);
    fireEvent.keyDown(article, { key: 'z', ctrlKey: true });
    expect(store.getState().annotations).toHaveLength(0);
    fireEvent.keyDown(article, { key: 'F1' });

    const guidelines = screen.getByRole('dialog', { name: 'Guidelines' });
    expect(within(guidelines).getByText(/calls on another to do/)).toBeTruthy();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Guidelines' })).toBeNull();
  });

  it('follows the desktop menu commands', async () => {
    const host = new FakeHost([
      { id: '517', title: 'Iran rejects', text: 'Iran rejected a demand.' },
    ]);
    renderWorkbench(host);
    await settle();

    act(() => host.sendMenuCommand('toggle-annotation-panel'));
    expect(screen.queryByRole('region', { name: 'Annotations' })).toBeNull();
    act(() => host.sendMenuCommand('show-about'));
    expect(screen.getByRole('dialog', { name: 'About Parley' })).toBeTruthy();
    act(() => host.sendMenuCommand('toggle-theme'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('lists flagged spans under "Needs attention" and shows a read-only document as such', async () => {
    const host = new FakeHost([
      { id: '517', title: 'Iran rejects', text: 'Iran rejected a demand.' },
    ]);
    host.writeFile('annotator', '517', [
      { id: 'ok', label: 'denial', start: 5, end: 13, text: 'rejected' },
      { id: 'lost', label: 'threat', start: 30, end: 40, text: 'vanished words' },
    ]);
    host.flagged.set('517', [
      {
        annotationId: 'lost',
        anchor: { status: 'missing', occurrences: 0 },
        message: 'no longer occurs',
      },
    ]);
    host.readOnlyReasons.set('517', 'written by a newer Parley');
    renderWorkbench(host);
    await settle();

    fireEvent.click(screen.getByRole('button', { name: /Iran rejects/ }));
    await settle();

    const attention = screen.getByRole('region', { name: 'Needs attention' });
    expect(attention.textContent).toContain('vanished words');
    expect(attention.textContent).toContain('no longer occurs');
    expect(document.querySelector('[data-annotation-id="lost"]')).toBeNull();
    expect(document.querySelector('[data-annotation-id="ok"]')?.textContent).toBe('rejected');
    expect(screen.getByRole('note').textContent).toBe('Read-only: written by a newer Parley');
    expect(screen.getByRole('button', { name: 'Demand (1)' })).toHaveProperty('disabled', true);
  });
});
