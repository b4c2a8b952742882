import { describe, expect, it } from 'vitest';
import { elementWithAttribute } from './elementWithAttribute';

describe('elementWithAttribute', () => {
  it('finds an element by an attribute value that would break a selector', () => {
    const root = document.createElement('div');
    const tricky = 'a"] , [x="b\\';
    for (const value of ['first', tricky]) {
      const span = document.createElement('span');
      span.setAttribute('data-annotation-id', value);
      root.append(span);
    }

    expect(
      elementWithAttribute(root, 'data-annotation-id', tricky)?.getAttribute('data-annotation-id'),
    ).toBe(tricky);
    expect(elementWithAttribute(root, 'data-annotation-id', 'missing')).toBeUndefined();
  });
});
