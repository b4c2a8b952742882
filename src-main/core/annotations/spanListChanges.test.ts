import { describe, expect, it } from 'vitest';
import { AmbiguousSpanChanges, applySpanListChanges, diffSpanLists } from './spanListChanges';

interface Span {
  id: string;
  label: string;
}

const span = (id: string, label = 'demand'): Span => ({ id, label });

describe('diffSpanLists and applySpanListChanges', () => {
  it('send only the added, changed and removed spans, and rebuild the list exactly', () => {
    const base = [span('a'), span('b'), span('c'), span('d')];
    const next = [base[0]!, span('b', 'threat'), base[3]!, span('e')];

    const changes = diffSpanLists(base, next);

    expect(changes).toEqual({ removedIds: ['c'], upserted: [next[1], next[3]] });
    const applied = applySpanListChanges(base, changes!);
    expect(applied).toHaveLength(next.length);
    applied.forEach((value, index) => expect(value).toBe(next[index]));
  });

  it('are empty when nothing changed', () => {
    const base = [span('a'), span('b')];
    expect(diffSpanLists(base, [...base])).toEqual({ removedIds: [], upserted: [] });
  });

  it('give up on a reordered list or repeated ids, so that the whole list is sent', () => {
    const [a, b, c] = [span('a'), span('b'), span('c')];
    // An undo that puts a removed span back in the middle.
    expect(diffSpanLists([a, c], [a, b, c])).toBeNull();
    expect(diffSpanLists([a, b], [b, a])).toBeNull();
    expect(diffSpanLists([a], [a, span('d'), span('d', 'offer')])).toBeNull();
    expect(diffSpanLists([a, a], [a, span('a', 'threat')])).toBeNull();
  });

  it('match what a literal rebuild gives, over random edit sequences', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    let base = Array.from({ length: 50 }, (_, index) => span(`s${index}`));
    let nextId = 50;
    const outcomes = { changes: 0, wholeList: 0 };
    for (let round = 0; round < 200; round++) {
      let next = [...base];
      for (let edit = 0; edit < 1 + Math.floor(random() * 5); edit++) {
        const choice = random();
        const at = Math.floor(random() * next.length);
        if (choice < 0.4) next.push(span(`s${nextId++}`));
        else if (choice < 0.7 && next.length > 0) next.splice(at, 1);
        else if (choice < 0.9 && next.length > 0) next[at] = span(next[at]!.id, 'offer');
        else next = [...next].reverse();
      }
      const changes = diffSpanLists(base, next);
      outcomes[changes ? 'changes' : 'wholeList']++;
      if (changes) {
        const applied = applySpanListChanges(base, changes);
        expect(applied.length).toBe(next.length);
        applied.forEach((value, index) => expect(value).toBe(next[index]));
        expect(changes.upserted.length).toBeLessThanOrEqual(next.length);
      } else {
        // Only an order the changes cannot express falls back to the whole list.
        expect(next.map((value) => value.id)).not.toEqual(
          applySpanListChanges(base, {
            removedIds: base.filter((b) => !next.some((n) => n.id === b.id)).map((b) => b.id),
            upserted: next.filter((n) => !base.includes(n)),
          }).map((value) => value.id),
        );
      }
      base = next;
    }
    expect(outcomes.changes).toBeGreaterThan(100);
    expect(outcomes.wholeList).toBeGreaterThan(0);
  });

  it('refuse changes that name one span twice', () => {
    expect(() =>
      applySpanListChanges([span('a')], { removedIds: [], upserted: [span('b'), span('b')] }),
    ).toThrow(AmbiguousSpanChanges);
  });
});
