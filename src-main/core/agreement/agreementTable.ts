/** One cell of an agreement table: how much weight the pair (first, second) carries. */
export interface AgreementCell<Category> {
  first: Category;
  second: Category;
  weight: number;
}

/** Anything that lists the non-empty cells of a two-rater contingency table. */
export interface AgreementCells<Category> {
  cells(): AgreementCell<Category>[];
}

/**
 * A sparse contingency table of two raters' categories. Weights are whatever is counted: code
 * points for text, span pairs for attributes. Categories are compared with SameValueZero (Map keys).
 */
export class AgreementTable<Category> implements AgreementCells<Category> {
  /** Created on the first add: most attributes of most documents have no values to compare. */
  private rows: Map<Category, Map<Category, number>> | null = null;

  /** The row added to last: attribute values repeat, so most adds skip one Map lookup. */
  private lastRow: Map<Category, number> | null = null;
  private lastFirst: Category | undefined;

  add(first: Category, second: Category, weight = 1): void {
    this.rows ??= new Map();
    let row =
      this.lastRow !== null && this.lastFirst === first ? this.lastRow : this.rows.get(first);
    if (!row) {
      row = new Map();
      this.rows.set(first, row);
    }
    this.lastRow = row;
    this.lastFirst = first;
    row.set(second, (row.get(second) ?? 0) + weight);
  }

  /** Adds every cell of `other`, in the order cells() lists them. */
  addTable(other: AgreementTable<Category>): void {
    // Straight from the maps: cells() builds an object per cell, and this runs for every attribute
    // of every pair of every document.
    other.rows?.forEach((row, first) =>
      row.forEach((weight, second) => this.add(first, second, weight)),
    );
  }

  cells(): AgreementCell<Category>[] {
    const cells: AgreementCell<Category>[] = [];
    if (!this.rows) return cells;
    for (const [first, row] of this.rows) {
      for (const [second, weight] of row) cells.push({ first, second, weight });
    }
    return cells;
  }
}

/**
 * The same table for categories that are small non-negative integers (label-set ids), kept as a
 * dense square array: adding a run of code points in the sweep must not cost a Map lookup.
 * Plain arrays, not typed ones: one small table per document and pair, and small typed arrays
 * are costly to allocate.
 */
export class CategoryIdTable implements AgreementCells<number> {
  /** One more than the largest category added: categories 0..categoryCount − 1 may have weight. */
  categoryCount = 0;
  private capacity = 0;
  private weights: number[] = [];

  add(first: number, second: number, weight = 1): void {
    const needed = Math.max(first, second) + 1;
    if (needed > this.categoryCount) {
      if (needed > this.capacity) this.grow(needed);
      this.categoryCount = needed;
    }
    this.weights[first * this.capacity + second]! += weight;
  }

  addTable(other: CategoryIdTable): void {
    for (let first = 0; first < other.categoryCount; first++) {
      for (let second = 0; second < other.categoryCount; second++) {
        const weight = other.weightOf(first, second);
        if (weight !== 0) this.add(first, second, weight);
      }
    }
  }

  weightOf(first: number, second: number): number {
    if (first >= this.categoryCount || second >= this.categoryCount) return 0;
    return this.weights[first * this.capacity + second]!;
  }

  cells(): AgreementCell<number>[] {
    const cells: AgreementCell<number>[] = [];
    for (let first = 0; first < this.categoryCount; first++) {
      for (let second = 0; second < this.categoryCount; second++) {
        const weight = this.weightOf(first, second);
        if (weight !== 0) cells.push({ first, second, weight });
      }
    }
    return cells;
  }

  private grow(needed: number): void {
    let capacity = Math.max(4, this.capacity);
    while (capacity < needed) capacity *= 2;
    const weights = new Array<number>(capacity * capacity).fill(0);
    for (let first = 0; first < this.categoryCount; first++) {
      for (let second = 0; second < this.categoryCount; second++) {
        weights[first * capacity + second] = this.weightOf(first, second);
      }
    }
    this.capacity = capacity;
    this.weights = weights;
  }
}
