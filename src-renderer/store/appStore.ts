import type { StateCreator } from 'zustand';
import type { Bridge } from '../bridge/bridge';
import type { AnnotationsSlice } from './annotationsSlice';
import type { DocumentSlice } from './documentSlice';
import type { HistorySlice } from './historySlice';
import type { ProjectSlice } from './projectSlice';
import type { RecoverySlice } from './recoverySlice';
import type { AgreementSlice } from '../review/agreementSlice';
import type { ProjectProgressSlice } from '../review/projectProgressSlice';
import type { ReviewSlice } from '../review/reviewSlice';
import type { SaveSlice } from './saveSlice';
import type { UiSlice } from './uiSlice';

/** The one store of the workbench: the union of its slices. */
export type AppStore = ProjectSlice &
  DocumentSlice &
  AnnotationsSlice &
  HistorySlice &
  SaveSlice &
  RecoverySlice &
  UiSlice &
  ReviewSlice &
  ProjectProgressSlice &
  AgreementSlice;

/** What the store needs from outside, injected so that tests use fakes. */
export interface StoreDependencies {
  bridge: Bridge;
  /** Where the annotator name and the theme are remembered (localStorage in the app). */
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  /** The clock, as an ISO 8601 timestamp. */
  now: () => string;
  /** A fresh unique span id. */
  createId: () => string;
  /** Milliseconds of quiet after the last edit before it is saved. */
  autosaveDelayMs: number;
  /** Milliseconds: unsaved edits are journaled at most this often. */
  recoveryJournalIntervalMs: number;
  /** The theme to start with when none is remembered. */
  systemTheme: 'light' | 'dark';
}

/** A slice of the store, given the dependencies. */
export type AppSlice<Slice> = (
  dependencies: StoreDependencies,
) => StateCreator<AppStore, [], [], Slice>;
