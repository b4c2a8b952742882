import { useCallback, useRef } from 'react';
import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { selectVisibleDocuments } from '../store/selectors';
import { DocumentListItem } from './DocumentListItem';
import { ProblemList } from './ProblemList';
import { useWindowedRows } from './useWindowedRows';

const NO_PROBLEMS: never[] = [];

/**
 * The project's documents with a filter box; a click (or Enter) opens one. Only the rows in and
 * near view are in the DOM, so a project of 10,000 documents scrolls and switches as one of 30.
 */
export function DocumentListPanel() {
  const documents = useAppStore(selectVisibleDocuments);
  const { total, filter, currentId, openingId, projectError, folderName, problems } = useAppStore(
    useShallow((state) => ({
      total: state.project?.documents.length ?? 0,
      filter: state.documentFilter,
      currentId: state.opened?.article.id,
      openingId: state.openingDocumentId,
      projectError: state.projectError,
      folderName: state.project?.folderName,
      problems: state.project?.problems ?? NO_PROBLEMS,
    })),
  );
  const setDocumentFilter = useAppStore((state) => state.setDocumentFilter);
  const openDocument = useAppStore((state) => state.openDocument);
  const onOpen = useCallback((documentId: string) => void openDocument(documentId), [openDocument]);
  const scrollerRef = useRef<HTMLElement>(null);
  const currentIndex =
    currentId === undefined ? -1 : documents.findIndex((summary) => summary.id === currentId);
  const { listRef, first, end, style } = useWindowedRows<HTMLUListElement>(
    documents.length,
    scrollerRef,
    currentIndex,
  );

  return (
    <section
      ref={scrollerRef}
      className="panel document-panel"
      aria-label="Documents"
      data-region
      tabIndex={-1}
    >
      <h2 className="panel__title">
        Documents{folderName ? <span className="panel__subtitle"> in {folderName}</span> : null}
      </h2>
      <input
        type="search"
        className="document-panel__filter"
        aria-label="Filter documents"
        placeholder="Filter by title or id"
        value={filter}
        onChange={(event) => setDocumentFilter(event.target.value)}
      />
      <p className="panel__count" aria-live="polite">
        {documents.length === total
          ? `${total} documents`
          : `${documents.length} of ${total} documents`}
      </p>
      {projectError && (
        <p role="alert" className="panel__error">
          {projectError}
        </p>
      )}
      <ProblemList title="Problems in this project" problems={problems} />
      <ul ref={listRef} className="document-list" aria-label="Document list" style={style}>
        {documents.slice(first, end).map((summary, offset) => (
          <DocumentListItem
            key={summary.id}
            summary={summary}
            current={summary.id === currentId}
            opening={summary.id === openingId}
            onOpen={onOpen}
            position={first + offset + 1}
            setSize={documents.length}
          />
        ))}
      </ul>
    </section>
  );
}
