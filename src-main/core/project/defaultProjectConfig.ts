import type { ProjectConfig } from './projectConfigSchema';

/**
 * The speech-act label set, after PLOVER/CAMEO (see CODEBOOK.md). Colours are from the
 * Okabe–Ito palette, which stays distinguishable under the common colour-vision deficiencies.
 */
export function createDefaultProjectConfig(name = 'Parley project'): ProjectConfig {
  return {
    format: 'parley-project',
    version: 1,
    name,
    labelSet: 'speech-acts',
    defaultAnnotator: 'annotator',
    labels: [
      {
        id: 'demand',
        name: 'Demand',
        colour: '#0072B2',
        hotkey: '1',
        definition:
          'An actor calls on another to do, or to stop doing, something — including conditions and ultimatums that name no cost. Tag the verb of demanding with its content, not the reporting frame. (PLOVER REQUEST; CAMEO 10.) If the actor names a cost it will impose, it is a threat instead.',
        examples: [
          'demanded the U.S.-led NATO alliance not admitting the former Soviet state',
          'We need legally binding, waterproof, iron-clad, and bulletproof guarantees',
        ],
      },
      {
        id: 'denial',
        name: 'Denial',
        colour: '#CC79A7',
        hotkey: '2',
        definition:
          'An actor rejects a demand, proposal or accusation, or says that a reported fact is untrue. Rejecting a demand and denying a claim are both denials. (PLOVER REJECT; CAMEO 12.) "Did not demand" is no act at all.',
        examples: [
          'Russia denies any such plans',
          'denied that its forces had crossed the Line of Actual Control',
        ],
      },
      {
        id: 'threat',
        name: 'Threat',
        colour: '#D55E00',
        hotkey: '3',
        definition:
          'An actor signals that it will impose a cost if the other side does not comply, or warns of consequences it controls itself. A warning about events that no actor commits to ("the window was closing") is not a threat. (PLOVER THREATEN; CAMEO 13, incl. ultimatums with a cost.)',
        examples: [
          'would refer Iran to the U.N. Security Council if progress was not made',
          'Tehran would respond proportionately to any resolution against it',
        ],
      },
      {
        id: 'offer',
        name: 'Offer',
        colour: '#009E73',
        hotkey: '4',
        definition:
          'An actor proposes, promises or signals willingness to give, concede or cooperate. A conditional offer stays an offer, with modality "conditional". (PLOVER AGREE; CAMEO 03 and 05.)',
        examples: [
          'Washington was open to discussing missile deployments in Europe',
          'India offered to hold the next round within weeks',
        ],
      },
    ],
    attributes: [
      {
        id: 'source',
        name: 'Source',
        type: 'text',
        description: 'The state or organisation performing the act.',
      },
      {
        id: 'speaker',
        name: 'Speaker',
        type: 'text',
        description: 'The person quoted, when different from the source.',
      },
      {
        id: 'target',
        name: 'Target',
        type: 'text',
        description: 'Whom the act is aimed at, when stated.',
      },
      {
        id: 'modality',
        name: 'Modality',
        type: 'choice',
        choices: ['asserted', 'negated', 'hypothetical', 'conditional', 'future'],
        description: 'How the act is put: asserted, negated, hypothetical, conditional or future.',
      },
      {
        id: 'confidence',
        name: 'Confidence',
        type: 'choice',
        choices: ['low', 'medium', 'high'],
        description: "The annotator's confidence in this span.",
      },
    ],
  };
}
