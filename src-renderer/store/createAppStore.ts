import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Bridge } from '../bridge/bridge';
import { createAnnotationsSlice } from './annotationsSlice';
import type { AppStore, StoreDependencies } from './appStore';
import { createDocumentSlice } from './documentSlice';
import { createHistorySlice } from './historySlice';
import { createProjectSlice } from './projectSlice';
import { createRecoverySlice } from './recoverySlice';
import { RECOVERY_JOURNAL_INTERVAL_MS } from './recoveryJournalWriter';
import { createAgreementSlice } from '../review/agreementSlice';
import { createProjectProgressSlice } from '../review/projectProgressSlice';
import { createReviewSlice } from '../review/reviewSlice';
import { createSaveSlice } from './saveSlice';
import { createUiSlice } from './uiSlice';

export type AppStoreApi = StoreApi<AppStore>;

/** Milliseconds of quiet after an edit before it is saved. */
export const AUTOSAVE_DELAY_MS = 800;

function memoryStorage(): StoreDependencies['storage'] {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
  };
}

/** A fresh workbench store talking to `bridge`; every test gets its own. */
export function createAppStore(
  bridge: Bridge,
  options: Partial<Omit<StoreDependencies, 'bridge'>> = {},
): AppStoreApi {
  const dependencies: StoreDependencies = {
    bridge,
    storage: options.storage ?? memoryStorage(),
    now: options.now ?? (() => new Date().toISOString()),
    createId: options.createId ?? (() => crypto.randomUUID()),
    autosaveDelayMs: options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
    recoveryJournalIntervalMs: options.recoveryJournalIntervalMs ?? RECOVERY_JOURNAL_INTERVAL_MS,
    systemTheme: options.systemTheme ?? 'light',
  };
  return createStore<AppStore>()((...parts) => ({
    ...createProjectSlice(dependencies)(...parts),
    ...createDocumentSlice(dependencies)(...parts),
    ...createAnnotationsSlice(dependencies)(...parts),
    ...createHistorySlice(dependencies)(...parts),
    ...createSaveSlice(dependencies)(...parts),
    ...createRecoverySlice(dependencies)(...parts),
    ...createUiSlice(dependencies)(...parts),
    ...createReviewSlice(dependencies)(...parts),
    ...createProjectProgressSlice(dependencies)(...parts),
    ...createAgreementSlice(dependencies)(...parts),
  }));
}
