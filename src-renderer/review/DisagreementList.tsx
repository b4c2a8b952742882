import { useShallow } from 'zustand/react/shallow';
import { isResolved } from '../../src-main/core/review/adjudication';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelById } from '../store/selectors';
import { DisagreementListItem } from './DisagreementListItem';
import { selectDisagreements } from './reviewSelectors';

/** Every compared item of the open document in text order, with its decision buttons. */
export function DisagreementList() {
  const items = useAppStore(selectDisagreements);
  const state = useAppStore(
    useShallow((current) => ({
      gold: current.annotations,
      rejected: current.reviewRejected,
      activeKey: current.activeDisagreementKey,
      codePoints: current.opened?.codePoints,
      selectDisagreement: current.selectDisagreement,
      acceptDisagreement: current.acceptDisagreement,
      rejectDisagreement: current.rejectDisagreement,
    })),
  );
  const labels = useAppStore(selectLabelById);
  if (items.length === 0) return <p className="panel__empty">Nothing to compare here.</p>;
  return (
    <ul className="disagreement-list" aria-label="Disagreements">
      {items.map((item) => (
        <DisagreementListItem
          key={item.key}
          item={item}
          excerpt={state.codePoints?.slice(item.start, item.end) ?? ''}
          labelName={(labelId) => labels.get(labelId)?.name ?? labelId}
          resolved={isResolved(item, state.gold, state.rejected)}
          rejected={state.rejected.some((rejection) => rejection.disagreementKey === item.key)}
          active={item.key === state.activeKey}
          onSelect={() => state.selectDisagreement(item.key)}
          onAccept={(annotators) => state.acceptDisagreement(item.key, annotators)}
          onReject={() => state.rejectDisagreement(item.key)}
        />
      ))}
    </ul>
  );
}
