import type { DecisionState } from '../../src-main/core/review/decisionStates';
import type { Disagreement } from '../../src-main/core/review/findDisagreements';
import { DECISION_STATE_NAMES, DISAGREEMENT_KIND_NAMES } from './disagreementText';

export interface DisagreementListItemProps {
  item: Disagreement;
  /** The article text of the item's extent. */
  excerpt: string;
  labelName: (labelId: string) => string;
  /** Where the item stands in gold; `stale` items were decided, then their spans changed. */
  decision: DecisionState;
  active: boolean;
  onSelect: () => void;
  onAccept: (annotators: readonly string[]) => void;
  onReject: () => void;
}

/** One item: what differs, each annotator's spans, and the decisions that put it into gold. */
export function DisagreementListItem(props: DisagreementListItemProps) {
  const { item } = props;
  const kind =
    item.kind === 'only-some'
      ? `Only ${item.annotators.join(', ')}`
      : DISAGREEMENT_KIND_NAMES[item.kind];
  const title = `${kind}: ${props.excerpt}`;
  return (
    <li
      className={[
        'disagreement',
        `disagreement--${props.decision}`,
        ...(props.active ? ['disagreement--active'] : []),
      ].join(' ')}
      aria-label={title}
      aria-current={props.active ? 'true' : undefined}
      data-disagreement-kind={item.kind}
      data-decision={props.decision}
    >
      <button type="button" className="disagreement__title" onClick={props.onSelect}>
        <span className="disagreement__kind">{kind}</span>{' '}
        <span className="disagreement__excerpt">“{props.excerpt}”</span>
      </button>
      <ul className="disagreement__spans">
        {Object.entries(item.spans).map(([annotator, spans]) => (
          <li key={annotator}>
            <span className="disagreement__annotator">{annotator}:</span>{' '}
            {spans.length === 0
              ? '—'
              : spans
                  .map((span) => `${props.labelName(span.label)} [${span.start}, ${span.end})`)
                  .join('; ')}
          </li>
        ))}
      </ul>
      <div className="disagreement__actions" role="group" aria-label="Decision">
        {item.kind === 'agreed' || item.kind === 'attribute-mismatch' ? (
          <button type="button" onClick={() => props.onAccept(item.annotators.slice(0, 1))}>
            Accept
          </button>
        ) : (
          item.annotators.map((annotator) => (
            <button key={annotator} type="button" onClick={() => props.onAccept([annotator])}>
              Accept {annotator}
            </button>
          ))
        )}
        {item.annotators.length > 1 &&
          item.kind !== 'agreed' &&
          item.kind !== 'attribute-mismatch' && (
            <button type="button" onClick={() => props.onAccept(item.annotators)}>
              Accept all
            </button>
          )}
        <button type="button" onClick={props.onReject}>
          Reject
        </button>
      </div>
      <p className="disagreement__state">{DECISION_STATE_NAMES[props.decision]}</p>
    </li>
  );
}
