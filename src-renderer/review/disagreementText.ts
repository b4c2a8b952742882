import type { DisagreementKind } from '../../src-main/core/review/findDisagreements';
import type { DecisionState } from '../../src-main/core/review/decisionStates';

/** How each kind of item is named in the list. */
export const DISAGREEMENT_KIND_NAMES: Readonly<Record<DisagreementKind, string>> = {
  agreed: 'Agreed',
  'attribute-mismatch': 'Attribute mismatch',
  'label-mismatch': 'Label mismatch',
  'boundary-mismatch': 'Boundary mismatch',
  'label-and-boundary-mismatch': 'Label and boundary mismatch',
  'only-some': 'Only some annotators',
};

/** How each decision state is named in the list. */
export const DECISION_STATE_NAMES: Readonly<Record<DecisionState, string>> = {
  open: 'Open',
  resolved: 'Resolved',
  rejected: 'Rejected',
  stale: 'Changed since adjudicated',
};
