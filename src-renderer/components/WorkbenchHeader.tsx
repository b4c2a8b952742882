import { useShallow } from '../store/useShallow';
import { ReviewModeButton } from '../review/ReviewModeButton';
import { useAppStore } from '../store/AppStoreProvider';
import { AnnotatorNameField } from './AnnotatorNameField';
import { LabelToolbar } from './LabelToolbar';
import { SaveStateIndicator } from './SaveStateIndicator';

/** The bar above the panels: project, labels, snapping, annotator, save state and help. */
export function WorkbenchHeader({ inert }: { inert: boolean }) {
  const state = useAppStore(
    useShallow((current) => ({
      projectName: current.project?.name,
      snapToWords: current.snapToWords,
      theme: current.theme,
      projectPanelOpen: current.projectPanelOpen,
      annotationPanelOpen: current.annotationPanelOpen,
      toggleSnapToWords: current.toggleSnapToWords,
      toggleTheme: current.toggleTheme,
      toggleProjectPanel: current.toggleProjectPanel,
      toggleAnnotationPanel: current.toggleAnnotationPanel,
      showDialog: current.showDialog,
    })),
  );

  return (
    <header className="workbench-header" inert={inert}>
      <h1 className="workbench-header__title">
        Parley
        {state.projectName ? (
          <span className="workbench-header__project"> — {state.projectName}</span>
        ) : null}
      </h1>
      <LabelToolbar />
      <label className="toggle">
        <input type="checkbox" checked={state.snapToWords} onChange={state.toggleSnapToWords} />
        Snap to words
      </label>
      <AnnotatorNameField />
      <SaveStateIndicator />
      <div className="workbench-header__tools" role="group" aria-label="Files">
        <button type="button" onClick={() => state.showDialog('import-annotations')}>
          Import…
        </button>
        <button type="button" onClick={() => state.showDialog('export')}>
          Export…
        </button>
      </div>
      <div className="workbench-header__tools" role="group" aria-label="View">
        <ReviewModeButton />
        <button
          type="button"
          aria-pressed={state.projectPanelOpen}
          onClick={state.toggleProjectPanel}
        >
          Documents panel
        </button>
        <button
          type="button"
          aria-pressed={state.annotationPanelOpen}
          onClick={state.toggleAnnotationPanel}
        >
          Annotations panel
        </button>
        <button type="button" aria-pressed={state.theme === 'dark'} onClick={state.toggleTheme}>
          Dark theme
        </button>
        <button type="button" onClick={() => state.showDialog('guidelines')}>
          Guidelines
        </button>
        <button type="button" onClick={() => state.showDialog('shortcuts')}>
          Shortcuts
        </button>
      </div>
    </header>
  );
}
