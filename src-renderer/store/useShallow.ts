import { useRef } from 'react';
import { shallow } from 'zustand/shallow';

/**
 * True when both are the same value, or arrays or plain objects whose items or own properties
 * are the same values (Object.is). Maps, Sets and other iterables go to zustand's `shallow`.
 * Unlike zustand's, it allocates nothing for objects: every store change runs every mounted
 * selector, a tag makes several changes, and zustand's comparison built a Map of the object's
 * entries each time (a fifth of what a tag allocated).
 */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly unknown[];
    if (a.length !== other.length) return false;
    for (let index = 0; index < a.length; index++) {
      if (!Object.is(a[index], other[index])) return false;
    }
    return true;
  }
  if (Symbol.iterator in a) return shallow(a, b);
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    if (!Object.hasOwn(right, key) || !Object.is(left[key], right[key])) return false;
    keys++;
  }
  for (const key in right) {
    if (Object.hasOwn(right, key)) keys--;
  }
  return keys === 0;
}

/**
 * Wraps a selector that builds a new object or array so that it returns the previous one while
 * it is shallowly equal (see shallowEqual): the component then does not re-render.
 */
export function useShallow<State, Selected>(
  selector: (state: State) => Selected,
): (state: State) => Selected {
  const previous = useRef<Selected | undefined>(undefined);
  return (state) => {
    const next = selector(state);
    if (previous.current !== undefined && shallowEqual(previous.current, next)) {
      return previous.current;
    }
    return (previous.current = next);
  };
}
