import { useEffect } from 'react';
import { useShallow } from '../store/useShallow';
import { GOLD_ANNOTATOR } from '../../src-main/core/project/annotationPaths';
import { useAppStore } from '../store/AppStoreProvider';
import { AgreementReportView } from './AgreementReportView';
import { CompareArticle } from './CompareArticle';
import {
  selectComparedAnnotators,
  selectReviewCandidates,
  selectSideBySideAnnotators,
} from './reviewSelectors';

const COLUMN_NAMES = ['Left column', 'Right column'] as const;

/** Review's centre: which annotators to compare, overlay or side by side, and the article. */
export function ReviewWorkspace() {
  const state = useAppStore(
    useShallow((current) => ({
      documentId: current.opened?.article.id,
      title: current.opened?.article.title,
      layout: current.reviewLayout,
      error: current.reviewError,
      loadReviewDocument: current.loadReviewDocument,
      toggleReviewAnnotator: current.toggleReviewAnnotator,
      setReviewLayout: current.setReviewLayout,
      setSideBySideAnnotator: current.setSideBySideAnnotator,
      view: current.reviewView,
      setReviewView: current.setReviewView,
    })),
  );
  const candidates = useAppStore(useShallow(selectReviewCandidates));
  const compared = useAppStore(useShallow(selectComparedAnnotators));
  const columns = useAppStore(useShallow(selectSideBySideAnnotators));
  const { documentId, loadReviewDocument } = state;

  useEffect(() => {
    if (documentId !== undefined) void loadReviewDocument();
  }, [documentId, loadReviewDocument]);

  const sideBySide = state.layout === 'side-by-side' && compared.length >= 2;
  const overlay = compared.includes(GOLD_ANNOTATOR) ? compared : [...compared, GOLD_ANNOTATOR];

  return (
    <section
      className="article-view review-workspace"
      aria-label="Compare"
      data-region
      tabIndex={-1}
    >
      {documentId === undefined ? (
        <p className="article-view__empty">Choose a document from the list to review it.</p>
      ) : (
        <>
          <header className="review-workspace__header">
            <h2 className="article-view__title">{state.title || documentId}</h2>
            <fieldset className="review-workspace__annotators">
              <legend>Compared annotators</legend>
              {candidates.length === 0 && <span>Nobody has tagged this document yet.</span>}
              {candidates.map((name) => (
                <label key={name} className="toggle">
                  <input
                    type="checkbox"
                    checked={compared.includes(name)}
                    onChange={() => state.toggleReviewAnnotator(name)}
                  />
                  {name}
                </label>
              ))}
            </fieldset>
            <div role="group" aria-label="Layout" className="review-workspace__layout">
              <button
                type="button"
                aria-pressed={state.layout === 'overlay'}
                onClick={() => state.setReviewLayout('overlay')}
              >
                Overlay
              </button>
              <button
                type="button"
                aria-pressed={state.layout === 'side-by-side'}
                disabled={compared.length < 2}
                onClick={() => state.setReviewLayout('side-by-side')}
              >
                Side by side
              </button>
            </div>
            <div role="group" aria-label="Review view" className="review-workspace__layout">
              <button
                type="button"
                aria-pressed={state.view === 'compare'}
                onClick={() => state.setReviewView('compare')}
              >
                Compare
              </button>
              <button
                type="button"
                aria-pressed={state.view === 'report'}
                onClick={() => state.setReviewView('report')}
              >
                Agreement report
              </button>
            </div>
            {state.error && (
              <p role="alert" className="article-view__error">
                {state.error}
              </p>
            )}
          </header>
          {state.view === 'report' ? (
            <div className="review-workspace__scroller">
              <AgreementReportView />
            </div>
          ) : sideBySide ? (
            <div className="review-workspace__columns">
              {columns.map((name, column) => (
                <div key={name} className="review-workspace__column">
                  {compared.length > 2 ? (
                    <select
                      className="review-workspace__column-title"
                      aria-label={COLUMN_NAMES[column]}
                      value={name}
                      onChange={(event) =>
                        state.setSideBySideAnnotator(column === 0 ? 0 : 1, event.target.value)
                      }
                    >
                      {compared.map((option) => (
                        <option key={option} value={option}>
                          {option}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <h3 className="review-workspace__column-title">{name}</h3>
                  )}
                  <div className="review-workspace__scroller">
                    <CompareArticle annotators={[name]} name={`Spans of ${name}`} />
                  </div>
                </div>
              ))}
            </div>
          ) : (
            <div className="review-workspace__scroller">
              <CompareArticle annotators={overlay} name="Compared article" />
            </div>
          )}
        </>
      )}
    </section>
  );
}
