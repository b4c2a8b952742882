import type { AppSlice } from './appStore';

export type Theme = 'light' | 'dark';
export type DialogName =
  'guidelines' | 'shortcuts' | 'about' | 'export' | 'import-annotations' | 'open-annotation-files';

export interface Notice {
  /** Grows with every notice, so the same message shown twice is announced twice. */
  serial: number;
  message: string;
  tone: 'info' | 'error';
}

/** Work the store asks of the article view, which owns the editor. */
export type EditorRequestKind =
  | { kind: 'reveal-annotation'; annotationId: string }
  | { kind: 'collapse-selection' }
  | { kind: 'find-step'; step: 1 | -1 };
export type EditorRequest = EditorRequestKind & { serial: number };

export interface UiSlice {
  theme: Theme;
  projectPanelOpen: boolean;
  annotationPanelOpen: boolean;
  dialog: DialogName | null;
  findOpen: boolean;
  /** Grows each time find is asked for, so the find box takes focus again. */
  findFocusSerial: number;
  /** Widen selections to whole words before tagging. */
  snapToWords: boolean;
  notice: Notice | null;
  editorRequest: EditorRequest | null;
  toggleTheme: () => void;
  toggleProjectPanel: () => void;
  toggleAnnotationPanel: () => void;
  showDialog: (dialog: DialogName) => void;
  closeDialog: () => void;
  openFind: () => void;
  closeFind: () => void;
  toggleSnapToWords: () => void;
  showNotice: (message: string, tone?: Notice['tone']) => void;
  dismissNotice: () => void;
  requestEditor: (request: EditorRequestKind) => void;
}

export const THEME_STORAGE_KEY = 'parley.theme';

export const createUiSlice: AppSlice<UiSlice> = (dependencies) => (set, get) => {
  const remembered = dependencies.storage.getItem(THEME_STORAGE_KEY);
  let serial = 0;
  return {
    theme: remembered === 'dark' || remembered === 'light' ? remembered : dependencies.systemTheme,
    projectPanelOpen: true,
    annotationPanelOpen: true,
    dialog: null,
    findOpen: false,
    findFocusSerial: 0,
    snapToWords: true,
    notice: null,
    editorRequest: null,
    toggleTheme: () => {
      const theme = get().theme === 'dark' ? 'light' : 'dark';
      dependencies.storage.setItem(THEME_STORAGE_KEY, theme);
      set({ theme });
    },
    toggleProjectPanel: () => set((state) => ({ projectPanelOpen: !state.projectPanelOpen })),
    toggleAnnotationPanel: () =>
      set((state) => ({ annotationPanelOpen: !state.annotationPanelOpen })),
    showDialog: (dialog) => set({ dialog }),
    closeDialog: () => set({ dialog: null }),
    openFind: () =>
      set((state) => ({ findOpen: true, findFocusSerial: state.findFocusSerial + 1 })),
    closeFind: () => set({ findOpen: false }),
    toggleSnapToWords: () => set((state) => ({ snapToWords: !state.snapToWords })),
    showNotice: (message, tone = 'info') => set({ notice: { serial: ++serial, message, tone } }),
    dismissNotice: () => set({ notice: null }),
    requestEditor: (request) => set({ editorRequest: { ...request, serial: ++serial } }),
  };
};
