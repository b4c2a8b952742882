import { useRef } from 'react';
import { useAppStoreAfterPaint } from '../performance/useAppStoreAfterPaint';
import { useAppStore } from '../store/AppStoreProvider';
import {
  selectDrawnAnnotations,
  selectLabelAppearances,
  selectListedAnnotations,
} from '../store/selectors';
import { AnnotationList } from './AnnotationList';
import { LabelFilter } from './LabelFilter';
import { NeedsAttentionList } from './NeedsAttentionList';
import { ProblemList } from './ProblemList';
import { SpanDetails } from './SpanDetails';

const NO_PROBLEMS: never[] = [];

/** The open document's spans: counts and filter per label, the list, and the selected span. */
export function AnnotationPanel() {
  const appearances = useAppStore(selectLabelAppearances);
  const listedCount = useAppStoreAfterPaint((state) => selectListedAnnotations(state).length);
  const total = useAppStoreAfterPaint((state) => selectDrawnAnnotations(state).length);
  const problems = useAppStore((state) => state.opened?.problems ?? NO_PROBLEMS);
  // The panel fills in after the article's first paint: opening the first document then paints
  // the text the analyst reads without waiting for the panel's own first render and layout.
  const opened = useAppStoreAfterPaint((state) => state.opened !== null);
  const scrollerRef = useRef<HTMLDivElement>(null);

  return (
    <section className="panel annotation-panel" aria-label="Annotations" data-region tabIndex={-1}>
      <h2 className="panel__title">Annotations</h2>
      {opened ? (
        <>
          <SpanDetails />
          <div className="annotation-panel__scroller" ref={scrollerRef}>
            <LabelFilter appearances={appearances} />
            <p className="panel__count">
              {listedCount === total ? `${total} spans` : `${listedCount} of ${total} spans shown`}
            </p>
            <AnnotationList appearances={appearances} scrollerRef={scrollerRef} />
            <NeedsAttentionList appearances={appearances} />
            <ProblemList title="Problems in this file" problems={problems} />
          </div>
        </>
      ) : (
        <p className="panel__empty">Open a document to see its spans.</p>
      )}
    </section>
  );
}
