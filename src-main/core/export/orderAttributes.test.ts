import { describe, expect, it } from 'vitest';
import type { AttributeDefinition } from '../project/projectConfigSchema';
import { orderAttributes } from './orderAttributes';

function definitions(...ids: string[]): AttributeDefinition[] {
  return ids.map((id): AttributeDefinition => ({ id, name: id, type: 'text' }));
}

describe('orderAttributes', () => {
  it('puts the project’s attributes in its order, then the others by code unit', () => {
    const project = definitions('target', 'certainty');
    const attributes = { zeta: 'z', certainty: 'high', Alpha: true, target: 'NATO' };
    expect(orderAttributes(attributes, project).map(([id]) => id)).toEqual([
      'target',
      'certainty',
      'Alpha',
      'zeta',
    ]);
  });

  it('ranks by each project’s own order, also when asked again for another project', () => {
    const attributes = { a: 'x', b: 'y' };
    expect(orderAttributes(attributes, definitions('b', 'a')).map(([id]) => id)).toEqual([
      'b',
      'a',
    ]);
    expect(orderAttributes(attributes, definitions('a', 'b')).map(([id]) => id)).toEqual([
      'a',
      'b',
    ]);
    const project = definitions('b');
    expect(orderAttributes(attributes, project).map(([id]) => id)).toEqual(['b', 'a']);
    expect(orderAttributes({ a: true, b: 'later' }, project)).toEqual([
      ['b', 'later'],
      ['a', true],
    ]);
  });

  it('gives nothing for a span without attributes', () => {
    expect(orderAttributes(undefined, definitions('a'))).toEqual([]);
    expect(orderAttributes({}, definitions('a'))).toEqual([]);
  });
});
