import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AgreementTable } from './agreementTable';

type Value = string | number | boolean;

describe('AgreementTable.addTable', () => {
  // Kappa sums run in the order cells() lists categories, so adding a table must give the same
  // cells in the same order as adding its cells one by one.
  const value = fc.constantFrom<Value>('low', 'high', 'true', true, false, 0, 1, Number.NaN);
  const adds = fc.array(fc.tuple(value, value, fc.integer({ min: 1, max: 5 })), { maxLength: 12 });

  it('gives the cells, in order, that adding each cell of the other table gives', () => {
    fc.assert(
      fc.property(adds, adds, (targetAdds, sourceAdds) => {
        const source = new AgreementTable<Value>();
        for (const [first, second, weight] of sourceAdds) source.add(first, second, weight);
        const viaTable = new AgreementTable<Value>();
        const viaCells = new AgreementTable<Value>();
        for (const [first, second, weight] of targetAdds) {
          viaTable.add(first, second, weight);
          viaCells.add(first, second, weight);
        }
        viaTable.addTable(source);
        for (const cell of source.cells()) viaCells.add(cell.first, cell.second, cell.weight);
        expect(viaTable.cells()).toEqual(viaCells.cells());
      }),
    );
  });
});
