import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import type { SaveProblem } from '../store/saveSlice';

function describeProblem(problem: SaveProblem): string {
  return problem.file && !problem.message.includes(problem.file)
    ? `${problem.file}: ${problem.message}`
    : problem.message;
}

/** Saved / saving / unsaved / error, always visible; an error names the file and the cause. */
export function SaveStateIndicator() {
  const { saveState, saveError, conflict, opened, saveNow } = useAppStore(
    useShallow((state) => ({
      saveState: state.saveState,
      saveError: state.saveError,
      conflict: state.conflict,
      opened: state.opened !== null,
      saveNow: state.saveNow,
    })),
  );

  let text: string;
  if (!opened) text = 'No document open';
  else if (saveState === 'saved') text = 'Saved';
  else if (saveState === 'saving') text = 'Saving…';
  else if (saveState === 'unsaved') {
    text = saveError
      ? `Unsaved changes (last save failed: ${describeProblem(saveError)})`
      : 'Unsaved changes';
  } else {
    text = `Not saved — ${saveError ? describeProblem(saveError) : 'unknown error'}. Your changes are kept in memory.`;
  }

  return (
    <div className="save-state">
      <div
        role="status"
        aria-label="Save state"
        className={`save-state__text save-state__text--${saveState}`}
      >
        {text}
      </div>
      {saveState === 'error' && !conflict && (
        <button type="button" onClick={() => void saveNow()}>
          Retry save
        </button>
      )}
    </div>
  );
}
