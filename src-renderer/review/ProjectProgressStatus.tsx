import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { selectProjectReviewProgress } from './reviewSelectors';

/** The whole project's review progress: items decided, and documents with nothing left open. */
export function ProjectProgressStatus() {
  const progress = useAppStore(useShallow(selectProjectReviewProgress));
  const { error, leftOut } = useAppStore(
    useShallow((state) => ({
      error: state.projectProgress.error,
      leftOut: state.projectProgress.problems.length,
    })),
  );
  if (error) {
    return (
      <p className="panel__count" role="alert">
        Project progress could not be computed: {error}
      </p>
    );
  }
  if (!progress) return <p className="panel__count">Counting the project’s decisions…</p>;
  return (
    <p className="panel__count" role="status" aria-label="Project review progress">
      Project: {progress.resolved} of {progress.total} decided, {progress.completeDocuments} of{' '}
      {progress.documents} {progress.documents === 1 ? 'document' : 'documents'} complete
      {progress.stale > 0 && (
        <span className="review-progress__stale">; {progress.stale} changed since adjudicated</span>
      )}
      {leftOut > 0 && `; ${leftOut} unreadable ${leftOut === 1 ? 'file' : 'files'} left out`}
    </p>
  );
}
