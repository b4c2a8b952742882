import { useEffect } from 'react';
import type { Bridge } from '../bridge/bridge';
import { useWorkbenchShortcuts } from '../keyboard/useWorkbenchShortcuts';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import { AboutDialog } from './AboutDialog';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleView } from './ArticleView';
import { ConflictDialog } from './ConflictDialog';
import { DocumentListPanel } from './DocumentListPanel';
import { GuidelinesDialog } from './GuidelinesDialog';
import { NoticeBanner } from './NoticeBanner';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WorkbenchHeader } from './WorkbenchHeader';

/** The whole workbench: documents, article and annotations under the label toolbar. */
export function Workbench({ bridge }: { bridge: Bridge }) {
  const store = useAppStoreApi();
  const theme = useAppStore((state) => state.theme);
  const dialog = useAppStore((state) => state.dialog);
  const projectPanelOpen = useAppStore((state) => state.projectPanelOpen);
  const annotationPanelOpen = useAppStore((state) => state.annotationPanelOpen);
  // Behind a modal dialog the workbench is inert: no focus, no clicks.
  const modal = useAppStore((state) => state.dialog !== null || state.conflict !== null);
  useWorkbenchShortcuts(store, bridge);

  useEffect(() => {
    void store.getState().loadProject();
  }, [store]);

  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);

  useEffect(() => {
    // Leaving with unsaved spans: save at once and ask the browser to hold the page.
    function onBeforeUnload(event: BeforeUnloadEvent): void {
      if (!store.getState().dirty) return;
      void store.getState().saveNow();
      event.preventDefault();
    }
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  const columns = [
    projectPanelOpen ? 'with-documents' : '',
    annotationPanelOpen ? 'with-annotations' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="workbench">
      <WorkbenchHeader inert={modal} />
      <NoticeBanner />
      <main className={`workbench-body ${columns}`} inert={modal}>
        {projectPanelOpen && <DocumentListPanel />}
        <ArticleView />
        {annotationPanelOpen && <AnnotationPanel />}
      </main>
      {dialog === 'guidelines' && <GuidelinesDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'about' && <AboutDialog />}
      <ConflictDialog />
    </div>
  );
}
