import { useEffect } from 'react';
import type { Bridge } from '../bridge/bridge';
import { useWorkbenchShortcuts } from '../keyboard/useWorkbenchShortcuts';
import { ReviewPanel } from '../review/ReviewPanel';
import { ReviewWorkspace } from '../review/ReviewWorkspace';
import { useAppStore, useAppStoreApi } from '../store/AppStoreProvider';
import { AboutDialog } from './AboutDialog';
import { AnnotationPanel } from './AnnotationPanel';
import { ArticleView } from './ArticleView';
import { ConflictDialog } from './ConflictDialog';
import { DocumentListPanel } from './DocumentListPanel';
import { ExportDialog } from './ExportDialog';
import { GuidelinesDialog } from './GuidelinesDialog';
import { ImportDialog } from './ImportDialog';
import { NoticeBanner } from './NoticeBanner';
import { RecoveryDialog } from './RecoveryDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { WorkbenchHeader } from './WorkbenchHeader';

/** The whole workbench: documents, article and annotations under the label toolbar. */
export function Workbench({ bridge }: { bridge: Bridge }) {
  const store = useAppStoreApi();
  const theme = useAppStore((state) => state.theme);
  const dialog = useAppStore((state) => state.dialog);
  const projectPanelOpen = useAppStore((state) => state.projectPanelOpen);
  const annotationPanelOpen = useAppStore((state) => state.annotationPanelOpen);
  const reviewActive = useAppStore((state) => state.reviewActive);
  // Behind a modal dialog the workbench is inert: no focus, no clicks.
  const modal = useAppStore(
    (state) => state.dialog !== null || state.conflict !== null || state.recoveryOffer !== null,
  );
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
        {reviewActive ? <ReviewWorkspace /> : <ArticleView />}
        {annotationPanelOpen && (reviewActive ? <ReviewPanel /> : <AnnotationPanel />)}
      </main>
      {dialog === 'guidelines' && <GuidelinesDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      {dialog === 'about' && <AboutDialog />}
      {dialog === 'export' && <ExportDialog bridge={bridge} />}
      {dialog === 'import-annotations' && <ImportDialog bridge={bridge} mode="import" />}
      {dialog === 'open-annotation-files' && <ImportDialog bridge={bridge} mode="open" />}
      <ConflictDialog />
      <RecoveryDialog />
    </div>
  );
}
