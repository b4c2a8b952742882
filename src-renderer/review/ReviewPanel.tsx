import { useShallow } from '../store/useShallow';
import { SpanDetails } from '../components/SpanDetails';
import { useAppStore } from '../store/AppStoreProvider';
import { DisagreementList } from './DisagreementList';
import { ProjectProgressStatus } from './ProjectProgressStatus';
import { selectReviewProgress } from './reviewSelectors';

/** Review's side panel: project and document progress, the disagreement list, the gold span. */
export function ReviewPanel() {
  const progress = useAppStore(useShallow(selectReviewProgress));
  const openedId = useAppStore((state) => state.opened?.article.id);
  const acceptAllAgreed = useAppStore((state) => state.acceptAllAgreed);
  return (
    <section className="panel annotation-panel" aria-label="Review" data-region tabIndex={-1}>
      <h2 className="panel__title">Review</h2>
      {openedId !== undefined ? (
        <>
          <SpanDetails />
          <div className="annotation-panel__scroller">
            <ProjectProgressStatus />
            <p className="panel__count" role="status" aria-label="Document review progress">
              {progress.resolved} of {progress.total} decided
            </p>
            {progress.stale > 0 && (
              <p className="panel__count review-progress__stale">
                {progress.stale} changed since adjudicated: decide again
              </p>
            )}
            <button type="button" onClick={() => acceptAllAgreed()}>
              Accept all agreed
            </button>
            <DisagreementList key={openedId} />
          </div>
        </>
      ) : (
        <p className="panel__empty">Open a document to review it.</p>
      )}
    </section>
  );
}
