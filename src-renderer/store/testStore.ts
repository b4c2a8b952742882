import type { AppStore } from './appStore';
import { createAppStore, type AppStoreApi } from './createAppStore';
import { FakeHost, SAMPLE_ARTICLES } from '../testing/fakeBridge';

/** A store on a fake host with a predictable clock and span ids, for the store tests. */
export function createTestStore(host = new FakeHost(SAMPLE_ARTICLES)) {
  let id = 0;
  let clock = Date.parse('2025-01-01T00:00:00.000Z');
  const store: AppStoreApi = createAppStore(host.bridge, {
    createId: () => `span-${++id}`,
    now: () => new Date((clock += 100)).toISOString(),
  });
  return { store, host, state: (): AppStore => store.getState() };
}

/** Selects `text` (its first occurrence after `from`) in the open document, in code points. */
export function selectText(store: AppStoreApi, text: string, from = 0): void {
  const opened = store.getState().opened;
  if (!opened) throw new Error('no document is open');
  const utf16 = opened.article.text.indexOf(text, from);
  if (utf16 === -1) throw new Error(`"${text}" is not in the article`);
  store.getState().setTextSelection({
    start: opened.codePoints.toCodePoint(utf16),
    end: opened.codePoints.toCodePoint(utf16 + text.length),
  });
}
