import { compareCodeUnits } from '../text/compareCodeUnits';
import type { CheckedSpan } from './checkSpans';
import type { OverlapPolicy } from './exportDocument';

/** A span placed on tokens: it covers tokens firstToken..endToken-1 (token indexes). */
export interface TokenSpan {
  span: CheckedSpan;
  firstToken: number;
  endToken: number;
}

export interface OverlapResolution {
  /** Spans that share no token with one another, by first token. */
  kept: TokenSpan[];
  /** Every other span, with the kept span that took (one of) its tokens. */
  dropped: { candidate: TokenSpan; winner: TokenSpan }[];
}

const length = (candidate: TokenSpan): number => candidate.span.end - candidate.span.start;

const tieBreak = (a: TokenSpan, b: TokenSpan): number =>
  a.span.start - b.span.start ||
  compareCodeUnits(a.span.annotation.label, b.span.annotation.label) ||
  compareCodeUnits(a.span.annotation.id, b.span.annotation.id);

const priorities: Record<OverlapPolicy, (a: TokenSpan, b: TokenSpan) => number> = {
  longest: (a, b) => length(b) - length(a) || a.span.labelRank - b.span.labelRank || tieBreak(a, b),
  first: (a, b) =>
    a.span.start - b.span.start ||
    length(b) - length(a) ||
    a.span.labelRank - b.span.labelRank ||
    tieBreak(a, b),
  'label-order': (a, b) =>
    a.span.labelRank - b.span.labelRank || length(b) - length(a) || tieBreak(a, b),
};

/**
 * A token carries one tag, so spans sharing a token compete: the policy orders them (length in
 * code points, project label order, start) and each span is kept if its tokens are still free.
 */
export function resolveOverlaps(candidates: TokenSpan[], policy: OverlapPolicy): OverlapResolution {
  const owners = new Map<number, TokenSpan>();
  const kept: TokenSpan[] = [];
  const dropped: OverlapResolution['dropped'] = [];
  for (const candidate of [...candidates].sort(priorities[policy])) {
    let winner: TokenSpan | undefined;
    for (let token = candidate.firstToken; token < candidate.endToken && !winner; token++) {
      winner = owners.get(token);
    }
    if (winner) {
      dropped.push({ candidate, winner });
      continue;
    }
    for (let token = candidate.firstToken; token < candidate.endToken; token++) {
      owners.set(token, candidate);
    }
    kept.push(candidate);
  }
  kept.sort((a, b) => a.firstToken - b.firstToken);
  return { kept, dropped };
}
