import { memo } from 'react';
import type { DocumentStatus, DocumentSummary } from '../../src-main/contract/parleyContract';

const STATUS_TEXT: Record<DocumentStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
};

interface DocumentListItemProps {
  summary: DocumentSummary;
  current: boolean;
  opening: boolean;
  onOpen: (documentId: string) => void;
  /** 1-based place in the whole list, and its length: only some rows are in the DOM. */
  position: number;
  setSize: number;
}

/** One document: title, id, span count and status, as text. */
export const DocumentListItem = memo(function DocumentListItem({
  summary,
  current,
  opening,
  onOpen,
  position,
  setSize,
}: DocumentListItemProps) {
  return (
    <li aria-posinset={position} aria-setsize={setSize}>
      <button
        type="button"
        className={`document-item document-item--${summary.status}`}
        aria-current={current ? 'true' : undefined}
        aria-busy={opening || undefined}
        data-document-id={summary.id}
        onClick={() => onOpen(summary.id)}
      >
        <span className="document-item__title">{summary.title || summary.id}</span>
        <span className="document-item__meta">
          <span className="document-item__id">{summary.id}</span>
          <span>
            {summary.spanCount} {summary.spanCount === 1 ? 'span' : 'spans'}
          </span>
          <span className={`status-tag status-tag--${summary.status}`}>
            {STATUS_TEXT[summary.status]}
          </span>
        </span>
      </button>
    </li>
  );
});
