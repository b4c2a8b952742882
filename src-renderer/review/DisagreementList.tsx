import { useShallow } from '../store/useShallow';
import { useAppStore } from '../store/AppStoreProvider';
import { selectLabelById } from '../store/selectors';
import { DisagreementListItem } from './DisagreementListItem';
import { selectDisagreements, selectItemDecisions } from './reviewSelectors';

/** Every compared item of the open document in text order, with its decision buttons. */
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
  if (items.length === 0) return <p className="panel__empty">Nothing to compare here.</p>;
  return (
    <ul className="disagreement-list" aria-label="Disagreements">
      {items.map((item) => (
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
  );
}
