import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { formatCount } from '../components/formatCount';
import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelById } from '../store/selectors';
import { DisagreementListItem } from './DisagreementListItem';
import { selectDisagreements, selectItemDecisions } from './reviewSelectors';

/**
 * Items drawn when a document's list first shows: several screens of the panel, a few ms of
 * rendering. A 1 MB report compared across three annotators has thousands of items (5,648 in the
 * benchmarks' synthetic one), and drawing them all took a second on the page's thread.
 */
export const FIRST_DRAWN_ITEMS = 100;
/** Items added when the end of the drawn list comes into view. */
export const MORE_DRAWN_ITEMS = 200;

/**
 * Every compared item of the open document in text order, with its decision buttons. Keyed by
 * the document where it is used, so another document starts again from its first items.
 */
export function DisagreementList() {
  const items = useAppStore(selectDisagreements);
  const decisions = useAppStore(selectItemDecisions);
  const state = useAppStore(
    useShallow((current) => ({
      activeKey: current.activeDisagreementKey,
      codePoints: current.opened?.codePoints,
      selectDisagreement: current.selectDisagreement,
      acceptDisagreement: current.acceptDisagreement,
      rejectDisagreement: current.rejectDisagreement,
    })),
  );
  const labels = useAppStore(selectLabelById);
  const [drawnCount, setDrawnCount] = useState(FIRST_DRAWN_ITEMS);
  if (items.length === 0) return <p className="panel__empty">Nothing to compare here.</p>;
  const activeIndex = items.findIndex((item) => item.key === state.activeKey);
  // The active item is always drawn.
  const count = Math.max(drawnCount, activeIndex + 1);
  return (
    <>
      <ul className="disagreement-list" aria-label="Disagreements">
        {items.slice(0, count).map((item) => (
          <DisagreementListItem
            key={item.key}
            item={item}
            excerpt={state.codePoints?.slice(item.start, item.end) ?? ''}
            labelName={(labelId) => labels.get(labelId)?.name ?? labelId}
            decision={decisions.get(item.key)?.state ?? 'open'}
            active={item.key === state.activeKey}
            onSelect={() => state.selectDisagreement(item.key)}
            onAccept={(annotators) => state.acceptDisagreement(item.key, annotators)}
            onReject={() => state.rejectDisagreement(item.key)}
          />
        ))}
      </ul>
      {count < items.length && (
        <DrawMoreButton
          notDrawn={items.length - count}
          onDrawMore={() => setDrawnCount(count + MORE_DRAWN_ITEMS)}
        />
      )}
    </>
  );
}

/** Draws more items when pressed, or as soon as it scrolls into view. */
function DrawMoreButton(props: { notDrawn: number; onDrawMore: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const drawMore = useEffectEvent(props.onDrawMore);
  useEffect(() => {
    const button = ref.current;
    if (!button || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) drawMore();
    });
    observer.observe(button);
    return () => observer.disconnect();
  }, [props.notDrawn]);
  return (
    <button ref={ref} type="button" className="disagreement-list__more" onClick={props.onDrawMore}>
      Show {formatCount(Math.min(MORE_DRAWN_ITEMS, props.notDrawn))} more (
      {formatCount(props.notDrawn)} not shown)
    </button>
  );
}
