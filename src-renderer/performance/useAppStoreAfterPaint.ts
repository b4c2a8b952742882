import { useEffect, useEffectEvent, useState } from 'react';
import type { AppStore } from '../store/appStore';
import { useAppStoreApi } from '../store/AppStoreProvider';
import { afterNextPaint } from './paintMarks';

/**
 * Like `useAppStore(selector)`, but a change shows only once the next frame has been painted, and
 * the selector runs only then: for secondary views (the span list, the counts, which span the
 * details panel shows). A tag's frame then paints the span in the article alone, and the work
 * of deriving the panel's data from 5,000 spans is not done before that frame either, as it
 * would be if the selector ran on every change of the store. Several changes before a frame
 * are shown together. The selector must depend on the state only. Never use this for the value
 * of a field the analyst is typing in: the field would lag behind the keyboard.
 */
export function useAppStoreAfterPaint<Selected>(selector: (state: AppStore) => Selected): Selected {
  const store = useAppStoreApi();
  const [shown, setShown] = useState(() => selector(store.getState()));
  const select = useEffectEvent(() => selector(store.getState()));

  useEffect(() => {
    let live = true;
    let pending = false;
    function show(): void {
      pending = false;
      if (!live) return;
      const value = select();
      setShown(() => value);
    }
    function schedule(): void {
      if (pending) return;
      pending = true;
      afterNextPaint(show);
    }
    const unsubscribe = store.subscribe(schedule);
    // The store may have changed between the first render and this subscription.
    schedule();
    return () => {
      live = false;
      unsubscribe();
    };
  }, [store]);
  return shown;
}
