import { describe, expect, it } from 'vitest';
import type { Provenance, Rejection } from './adjudication';
import { decisionSourcesOf } from './decisionSources';
import { itemDecisions, type DecisionState } from './decisionStates';
import { findDisagreements, type Disagreement, type ReviewSpan } from './findDisagreements';

function span(id: string, label: string, start: number, end: number): ReviewSpan {
  return { id, label, start, end };
}

const ANN = [span('a1', 'demand', 0, 7), span('a2', 'threat', 10, 20)];
const BEN = [span('b1', 'demand', 0, 7), span('b2', 'denial', 10, 20)];
const compare = (ann = ANN, ben = BEN) => findDisagreements(['ann', 'ben'], { ann, ben });
const [AGREED, MISMATCH] = compare();

/** A gold span accepted for `item` as Parley records it now (`sources`) or did before. */
function accepted(item: Disagreement, label: string, options: { old?: boolean } = {}) {
  const provenance: Provenance = {
    disagreementKey: item.key,
    annotators: ['ann'],
    adjudicator: 'eve',
    adjudicatedAt: 'now',
    ...(options.old ? {} : { sources: decisionSourcesOf(item) }),
  };
  return { ...span(`gold-${item.key}`, label, item.start, item.end), provenance };
}

function rejection(item: Disagreement): Rejection {
  return {
    disagreementKey: item.key,
    adjudicator: 'eve',
    rejectedAt: 'now',
    sources: decisionSourcesOf(item),
  };
}

function states(
  items: readonly Disagreement[],
  gold: readonly ReviewSpan[],
  rejected: readonly Rejection[] = [],
): DecisionState[] {
  return [...itemDecisions(items, gold, rejected).values()].map((decision) => decision.state);
}

describe('decision states', () => {
  it.each<[string, ReviewSpan[], Rejection[], DecisionState[]]>([
    ['nothing decided', [], [], ['open', 'open']],
    [
      'accepted and rejected',
      [accepted(AGREED!, 'demand')],
      [rejection(MISMATCH!)],
      ['resolved', 'rejected'],
    ],
    ['a hand-made span over the item', [span('g', 'demand', 2, 4)], [], ['resolved', 'open']],
    ['a hand-made span next to it', [span('g', 'demand', 7, 9)], [], ['open', 'open']],
    [
      'a span accepted for another item over this one',
      [{ ...accepted(AGREED!, 'demand'), start: 0, end: 15 }],
      [],
      ['resolved', 'open'],
    ],
  ])('%s', (_, gold, rejected, expected) => {
    expect(states(compare(), gold, rejected)).toEqual(expected);
  });

  it('opens an item again, marked stale, when the spans a decision settled change', () => {
    const boundary = findDisagreements(['ann', 'ben'], {
      ann: [span('a', 'threat', 10, 20)],
      ben: [span('b', 'threat', 12, 20)],
    });
    const gold = [accepted(boundary[0]!, 'threat')];
    expect(states(boundary, gold)).toEqual(['resolved']);
    // ben moves the start again: same key (the item still spans 10–20), other sources.
    const moved = findDisagreements(['ann', 'ben'], {
      ann: [span('a', 'threat', 10, 20)],
      ben: [span('b', 'threat', 14, 20)],
    });
    expect(moved[0]!.key).toBe(boundary[0]!.key);
    expect(states(moved, gold)).toEqual(['stale']);
    expect(states(moved, [], [rejection(boundary[0]!)])).toEqual(['stale']);
    // An older gold file without sources: trusted as before.
    expect(states(moved, [accepted(boundary[0]!, 'threat', { old: true })])).toEqual(['resolved']);
  });

  it('marks a new item stale where a decision no longer fits any item, and replaces it', () => {
    const gold = [accepted(MISMATCH!, 'threat')];
    // ben changes denial into threat: now both agree, under another key.
    const after = compare(ANN, [BEN[0]!, span('b2', 'threat', 10, 20)]);
    const decisions = itemDecisions(after, gold, []);
    expect([...decisions.values()].map((decision) => decision.state)).toEqual(['open', 'stale']);
    expect(decisions.get(after[1]!.key)!.goldSpans).toEqual(gold);

    // An orphaned rejection marks the items over its extent too, and is replaced with them.
    const rejectedBefore = itemDecisions(after, [], [rejection(MISMATCH!)]);
    expect(rejectedBefore.get(after[1]!.key)).toEqual({
      state: 'stale',
      goldSpans: [],
      rejectionKeys: [MISMATCH!.key],
    });
  });

  it('does not call a decision stale when only the compared annotators changed', () => {
    const gold = [accepted(MISMATCH!, 'threat')];
    const withCai = findDisagreements(['ann', 'ben', 'cai'], { ann: ANN, ben: BEN, cai: [] });
    expect(states(withCai, gold)).toEqual(['open', 'open']);
  });

  it('lists the gold spans and rejections a new decision replaces', () => {
    const handMade = span('h', 'denial', 12, 14);
    const gold = [accepted(MISMATCH!, 'threat'), handMade];
    const decision = itemDecisions(compare(), gold, [rejection(MISMATCH!)]).get(MISMATCH!.key);
    expect(decision).toEqual({
      state: 'resolved',
      goldSpans: gold,
      rejectionKeys: [MISMATCH!.key],
    });
  });
});
