import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '../../src-main/core/annotations/annotationSchema';
import { createDefaultProjectConfig } from '../../src-main/core/project/defaultProjectConfig';
import { labelAppearances } from '../labels/labelAppearance';
import { AppStoreProvider } from '../store/AppStoreProvider';
import { createTestStore } from '../store/testStore';
import { FakeHost } from '../testing/fakeBridge';
import { AnnotationList } from './AnnotationList';

const ROW_HEIGHT = 50;
const VIEWPORT = 500;
const SPANS = 1_000;
/** The scroller's scroll position: the list's rectangle moves up by it, as in a browser. */
let scrollTop = 0;

beforeAll(() => {
  // jsdom does no layout: every row is 50 px high.
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.tagName === 'LI' ? ROW_HEIGHT : 0;
    },
  });
  const rect = (top: number) => ({ top, left: 0, right: 0, bottom: top, width: 0, height: 0 });
  Element.prototype.getBoundingClientRect = function (this: Element) {
    return rect(this.tagName === 'OL' ? -scrollTop : 0) as DOMRect;
  };
});
afterEach(cleanup);

async function renderLongList() {
  const text = 'word '.repeat(SPANS);
  const host = new FakeHost([{ id: 'long', title: 'Long report', text }]);
  const annotations: Annotation[] = Array.from({ length: SPANS }, (_, index) => ({
    id: `s${index}`,
    label: 'demand',
    start: index * 5,
    end: index * 5 + 4,
    text: 'word',
  }));
  const { store } = createTestStore(host);
  await store.getState().loadProject();
  host.writeFile(store.getState().annotator, 'long', annotations);
  await store.getState().openDocument('long');
  const scroller = document.createElement('div');
  scrollTop = 0;
  Object.defineProperties(scroller, {
    clientHeight: { get: () => VIEWPORT },
    scrollTop: {
      get: () => scrollTop,
      set: (value: number) => (scrollTop = value),
    },
  });
  document.body.append(scroller);
  const appearances = labelAppearances(createDefaultProjectConfig().labels);
  render(
    <AppStoreProvider store={store}>
      <AnnotationList appearances={appearances} scrollerRef={{ current: scroller }} />
    </AppStoreProvider>,
    { container: scroller },
  );
  return { store, scroller };
}

function rowPositions(): number[] {
  return within(screen.getByRole('list', { name: 'Spans' }))
    .getAllByRole('listitem')
    .map((row) => Number(row.getAttribute('aria-posinset')));
}

describe('AnnotationList', () => {
  it('puts only the rows in view, plus a few, in the DOM, and says how long the list is', async () => {
    await renderLongList();

    const positions = rowPositions();
    expect(positions[0]).toBe(1);
    expect(positions.length).toBeLessThan(30);
    const [first] = screen.getAllByRole('listitem');
    expect(first!.getAttribute('aria-setsize')).toBe(String(SPANS));
    const list = screen.getByRole('list', { name: 'Spans' });
    expect(list.style.height).toBe(`${SPANS * ROW_HEIGHT}px`);
  });

  it('draws the rows scrolled to', async () => {
    const { scroller } = await renderLongList();

    act(() => {
      scroller.scrollTop = 300 * ROW_HEIGHT;
      fireEvent.scroll(scroller);
    });

    const positions = rowPositions();
    expect(positions[0]).toBeLessThanOrEqual(301);
    expect(positions.at(-1)).toBeGreaterThanOrEqual(300 + VIEWPORT / ROW_HEIGHT);
    expect(positions.length).toBeLessThan(30);
    expect(screen.getByRole('list', { name: 'Spans' }).style.paddingTop).toBe(
      `${(positions[0]! - 1) * ROW_HEIGHT}px`,
    );
  });

  it('scrolls a newly selected span into view', async () => {
    const { store, scroller } = await renderLongList();

    act(() => store.getState().selectAnnotation('s700'));
    // The list follows the article after the next painted frame, and is scrolled to the new
    // row after the frame after that, when measuring it forces no layout.
    for (const _frame of [1, 2]) {
      await act(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      });
    }

    expect(scroller.scrollTop).toBe(701 * ROW_HEIGHT - VIEWPORT);
    act(() => fireEvent.scroll(scroller));
    expect(rowPositions()).toContain(701);
    expect(screen.getByRole('button', { current: true }).getAttribute('data-annotation-item')).toBe(
      's700',
    );
  });
});
