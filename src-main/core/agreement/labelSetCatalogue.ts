/**
 * Gives each distinct set of labels a small integer id, so per-code-point categories ("covered by
 * demand and threat") compare as numbers. Id 0 is always the empty set (no label).
 */
export class LabelSetCatalogue {
  private readonly idsByKey = new Map<string, number>([['', 0]]);
  /** Ids by bit mask; −1 where not seen yet. A plain array: this lookup runs at every boundary. */
  private readonly idsByMask: number[] = [0];
  private readonly members: Uint8Array[];

  /** Label sets of up to this many labels can be looked up by bit mask (idOfMask). */
  static readonly MASK_LABEL_LIMIT = 16;

  constructor(readonly labelCount: number) {
    this.members = [new Uint8Array(labelCount)];
  }

  /** Id of the set of the given label indices (any order, duplicates allowed). */
  idOf(labelIndices: readonly number[]): number {
    const sorted = [...new Set(labelIndices)].sort((a, b) => a - b);
    const key = sorted.join(',');
    const known = this.idsByKey.get(key);
    if (known !== undefined) return known;
    const membership = new Uint8Array(this.labelCount);
    for (const index of sorted) membership[index] = 1;
    const id = this.members.length;
    this.members.push(membership);
    this.idsByKey.set(key, id);
    return id;
  }

  /** Id of the set whose label indices are the set bits of `mask` (bit i = label i). */
  idOfMask(mask: number): number {
    const known = mask < this.idsByMask.length ? this.idsByMask[mask]! : -1;
    if (known >= 0) return known;
    const labelIndices: number[] = [];
    for (let index = 0; index < LabelSetCatalogue.MASK_LABEL_LIMIT; index++) {
      if (mask & (1 << index)) labelIndices.push(index);
    }
    const id = this.idOf(labelIndices);
    while (this.idsByMask.length <= mask) this.idsByMask.push(-1);
    this.idsByMask[mask] = id;
    return id;
  }

  /** Whether the set `id` contains label `labelIndex`. */
  contains(id: number, labelIndex: number): boolean {
    const membership = this.members[id];
    if (!membership) throw new RangeError(`unknown label set id ${id}`);
    return membership[labelIndex] === 1;
  }

  /** The label indices of set `id`, ascending. */
  labelIndicesOf(id: number): number[] {
    const membership = this.members[id];
    if (!membership) throw new RangeError(`unknown label set id ${id}`);
    const indices: number[] = [];
    membership.forEach((isMember, index) => {
      if (isMember) indices.push(index);
    });
    return indices;
  }
}
