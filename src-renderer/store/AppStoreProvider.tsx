import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './appStore';
import type { AppStoreApi } from './createAppStore';

const AppStoreContext = createContext<AppStoreApi | null>(null);

/** Makes one store available to the components below it. */
export function AppStoreProvider({ store, children }: { store: AppStoreApi; children: ReactNode }) {
  return <AppStoreContext.Provider value={store}>{children}</AppStoreContext.Provider>;
}

/** The store itself, for event handlers that read state at the moment they run. */
export function useAppStoreApi(): AppStoreApi {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreProvider>');
  return store;
}

/** Reads the store through a selector; wrap selectors that build objects in useShallow. */
export function useAppStore<Selected>(selector: (state: AppStore) => Selected): Selected {
  return useStore(useAppStoreApi(), selector);
}
