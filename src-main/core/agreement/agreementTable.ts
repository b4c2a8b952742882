/** One cell of an agreement table: how much weight the pair (first, second) carries. */
export interface AgreementCell<Category> {
  first: Category;
  second: Category;
  weight: number;
}

/**
 * A sparse contingency table of two raters' categories. Weights are whatever is counted: code
 * points for text, span pairs for attributes. Categories are compared with SameValueZero (Map keys).
 */
export class AgreementTable<Category> {
  private readonly rows = new Map<Category, Map<Category, number>>();

  add(first: Category, second: Category, weight = 1): void {
    let row = this.rows.get(first);
    if (!row) {
      row = new Map();
      this.rows.set(first, row);
    }
    row.set(second, (row.get(second) ?? 0) + weight);
  }

  addTable(other: AgreementTable<Category>): void {
    for (const cell of other.cells()) this.add(cell.first, cell.second, cell.weight);
  }

  *cells(): Generator<AgreementCell<Category>> {
    for (const [first, row] of this.rows) {
      for (const [second, weight] of row) yield { first, second, weight };
    }
  }
}
