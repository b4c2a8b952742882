/**
 * Sorts `values` ascending in place and returns it, in O(n log n). Insertion sort runs first with
 * a budget of shifts: short arrays and nearly sorted ones (span ends, when spans come sorted by
 * start) finish within it without allocating. Past the budget, a Float64Array sort takes over,
 * which compares natively instead of calling a comparator.
 */
export function sortNumbers(values: number[]): number[] {
  let shiftsLeft = 2 * values.length + 256;
  for (let index = 1; index < values.length; index++) {
    const value = values[index]!;
    let hole = index;
    while (hole > 0 && values[hole - 1]! > value) {
      values[hole] = values[hole - 1]!;
      hole--;
      shiftsLeft--;
    }
    values[hole] = value;
    if (shiftsLeft < 0) {
      const sorted = new Float64Array(values).sort();
      sorted.forEach((sortedValue, sortedIndex) => (values[sortedIndex] = sortedValue));
      return values;
    }
  }
  return values;
}
