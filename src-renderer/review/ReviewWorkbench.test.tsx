import { Editor } from '@tiptap/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { Workbench } from '../components/Workbench';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createAppStore } from '../store/createAppStore';
import { FakeHost } from '../testing/fakeBridge';
import { FIRST_DRAWN_ITEMS } from './DisagreementList';
import { selectDisagreements } from './reviewSelectors';

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

/** Renders the workbench on `host`, opens document 1 and turns review on. */
async function reviewDocumentOne(host: FakeHost) {
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
  return store;
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
    const store = await reviewDocumentOne(host);

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
    expect(screen.getByRole('status', { name: 'Document review progress' }).textContent).toBe(
      '1 of 3 decided',
    );
    expect(within(boundary).getByText('Resolved')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Project review progress' }).textContent).toBe(
      'Project: 1 of 3 decided, 0 of 1 document complete',
    );
  });

  it('draws a long list in parts: the first items, more when asked, and the active one', async () => {
    const words = Array.from({ length: 320 }, (_, index) => `w${String(index).padStart(3, '0')}`);
    const text = words.join(' ');
    const spans = words.map((word, index) => ({
      ...span(`a${index}`, 'demand', index * 5, index * 5 + 4),
      text: word,
    }));
    const host = new FakeHost([
      { id: '1', title: 'Long', text },
      { id: '2', title: 'Also long', text },
    ]);
    for (const documentId of ['1', '2']) {
      host.writeFile('ann', documentId, spans);
      host.writeFile('ben', documentId, []);
    }
    const store = await reviewDocumentOne(host);
    // Queried by selector: role queries compute names over hundreds of buttons, slowly in jsdom.
    const list = () => document.querySelector('[aria-label="Disagreements"]')!;
    const drawn = () => list().querySelectorAll(':scope > li').length;
    const more = () => document.querySelector<HTMLButtonElement>('.disagreement-list__more');
    expect(selectDisagreements(store.getState())).toHaveLength(320);
    expect(drawn()).toBe(FIRST_DRAWN_ITEMS);

    expect(more()!.textContent).toBe('Show 200 more (220 not shown)');
    fireEvent.click(more()!);
    expect(drawn()).toBe(300);
    expect(more()!.textContent).toBe('Show 20 more (20 not shown)');
    fireEvent.click(more()!);
    expect(drawn()).toBe(320);
    expect(more()).toBeNull();

    // Another document starts again from its first items; an item chosen past them is drawn.
    await act(() => store.getState().openDocument('2'));
    await settle();
    expect(drawn()).toBe(FIRST_DRAWN_ITEMS);
    act(() => store.getState().selectDisagreement(selectDisagreements(store.getState())[250]!.key));
    expect(drawn()).toBe(251);
    expect(list().querySelector('[aria-current="true"]')!.getAttribute('aria-label')).toBe(
      'Only ann: w250',
    );
  });

  it('flags a decision whose spans changed, and picks whom to show side by side', async () => {
    const host = new FakeHost([{ id: '1', title: 'Strike', text: TEXT }]);
    host.writeFile('ann', '1', [span('a2', 'threat', 11, 20)]);
    host.writeFile('ben', '1', [span('b2', 'threat', 8, 20)]);
    host.writeFile('cai', '1', []);
    const store = await reviewDocumentOne(host);

    const item = (excerpt: string) =>
      screen.getByRole('listitem', { name: `Only ann, ben: ${excerpt}` });
    fireEvent.click(within(item('or we strike')).getByRole('button', { name: 'Accept ben' }));
    await act(() => store.getState().saveNow());
    host.writeFile('ben', '1', [span('b2', 'threat', 9, 20)]);
    await act(() => store.getState().loadProject());
    await settle();
    // ben's span now starts a code point later: the item is another, over the decided stretch.
    expect(within(item('r we strike')).getByText('Changed since adjudicated')).toBeTruthy();
    expect(item('r we strike').getAttribute('data-decision')).toBe('stale');
    expect(screen.getByRole('status', { name: 'Project review progress' }).textContent).toBe(
      'Project: 0 of 1 decided, 0 of 1 document complete; 1 changed since adjudicated',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Side by side' }));
    const right = screen.getByRole('combobox', { name: 'Right column' }) as HTMLSelectElement;
    expect([...right.options].map((option) => option.value)).toEqual(['ann', 'ben', 'cai']);
    expect(right.value).toBe('ben');
    fireEvent.change(right, { target: { value: 'cai' } });
    await settle();
    expect(screen.getByRole('textbox', { name: 'Spans of cai' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Spans of ann' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: 'Spans of ben' })).toBeNull();
  });

  it('shows the agreement report, marks it stale when files change, and refreshes it', async () => {
    const host = new FakeHost([{ id: '1', title: 'Strike', text: TEXT }]);
    host.writeFile('ann', '1', [span('a1', 'demand', 0, 7)]);
    host.writeFile('ben', '1', [span('b1', 'demand', 0, 7)]);
    const store = await reviewDocumentOne(host);
    fireEvent.click(screen.getByRole('button', { name: 'Agreement report' }));
    const view = screen.getByRole('region', { name: 'Agreement report' });
    expect(within(view).getByText(/^Computing agreement…/)).toBeTruthy();
    expect(within(view).getByRole('button', { name: 'Recompute' })).toHaveProperty(
      'disabled',
      true,
    );
    // Following the same computation to its end.
    await act(() => store.getState().loadAgreementReport());
    expect(within(view).queryByText(/^Computing agreement…/)).toBeNull();
    const perDocument = within(view).getByRole('table', { name: 'Per document' });
    expect(within(perDocument).getByRole('rowheader', { name: '1' })).toBeTruthy();
    expect(within(view).getByText(/All 1 documents shown/)).toBeTruthy();
    expect(within(view).queryByRole('button', { name: 'Refresh' })).toBeNull();

    // An import reloads the project: any annotation file may have changed.
    await act(() => store.getState().loadProject());
    expect(within(view).getByText(/Annotation files changed since/)).toBeTruthy();
    fireEvent.click(within(view).getByRole('button', { name: 'Refresh' }));
    await act(() => store.getState().loadAgreementReport());
    expect(host.bridge.startAgreementReport).toHaveBeenCalledTimes(2);
    expect(within(view).queryByRole('button', { name: 'Refresh' })).toBeNull();
  });

  it('scrolls the compared article to a chosen disagreement once its spans are drawn', async () => {
    const host = new FakeHost([{ id: '1', title: 'Strike', text: TEXT }]);
    host.writeFile('ann', '1', [span('a1', 'demand', 0, 7)]);
    host.writeFile('ben', '1', [span('b2', 'threat', 8, 20)]);
    const store = await reviewDocumentOne(host);
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };

    const onlyBen = selectDisagreements(store.getState()).find((item) => item.spans.ben?.length);
    act(() => store.getState().selectDisagreement(onlyBen!.key));
    // The editor updates after the paint of the commit that asked for them, in order.
    expect(scrolled).toEqual([]);
    await act(async () => {
      // An animation frame (jsdom runs them every 16 ms) and the task after it.
      await new Promise((resolve) => setTimeout(resolve, 50));
    });

    expect(scrolled.map((element) => element.getAttribute('data-annotation-id'))).toEqual(['b2']);
    expect(scrolled[0]!.className).toContain('review-span--active');
  });

  it('keeps the compared article’s editor options when the review re-renders', async () => {
    const host = new FakeHost([{ id: '1', title: 'Strike', text: TEXT }]);
    host.writeFile('ann', '1', [span('a1', 'demand', 0, 7)]);
    host.writeFile('ben', '1', [span('b2', 'threat', 8, 20)]);
    const store = await reviewDocumentOne(host);
    // New options make the view recompute every span decoration of the review.
    const setOptions = vi.spyOn(Editor.prototype, 'setOptions');

    for (const item of selectDisagreements(store.getState())) {
      act(() => store.getState().selectDisagreement(item.key));
    }
    await settle();

    expect(store.getState().activeDisagreementKey).not.toBeNull();
    expect(setOptions).not.toHaveBeenCalled();
    setOptions.mockRestore();
  });
});
