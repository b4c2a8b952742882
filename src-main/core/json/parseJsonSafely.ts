import { ParleyError } from '../errors';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** False for keys that could reach an object's prototype when copied. */
export function isSafeJsonKey(key: string): boolean {
  return !FORBIDDEN_KEYS.has(key);
}

/** Deepest nesting of arrays and objects that Parley accepts in any JSON file it reads. */
export const MAX_JSON_DEPTH = 64;

function checkDepth(text: string, file: string, where: string | undefined): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const character = text.charCodeAt(i);
    if (inString) {
      if (character === 0x5c)
        i++; // backslash: skip the escaped character
      else if (character === 0x22) inString = false;
    } else if (character === 0x22) {
      inString = true;
    } else if (character === 0x7b || character === 0x5b) {
      if (++depth > MAX_JSON_DEPTH) {
        throw new ParleyError(
          file,
          `JSON is nested more than ${MAX_JSON_DEPTH} levels deep`,
          where,
        );
      }
    } else if (character === 0x7d || character === 0x5d) {
      depth--;
    }
  }
}

/**
 * The first forbidden key anywhere in a parsed value. JSON.parse stores `__proto__` as an own
 * key, so a walk finds it; a walk is also ten times faster than a reviver, which V8 calls for
 * every array element too (2 s for a million-element array).
 */
function findForbiddenKey(value: unknown): string | undefined {
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null) continue;
    if (Array.isArray(current)) {
      for (const item of current) if (typeof item === 'object' && item !== null) pending.push(item);
      continue;
    }
    for (const key of Object.keys(current)) {
      if (!isSafeJsonKey(key)) return key;
      pending.push((current as Record<string, unknown>)[key]);
    }
  }
  return undefined;
}

/**
 * JSON.parse that names the file in its error, refuses absurd nesting before parsing,
 * and refuses `__proto__` / `constructor` / `prototype` keys anywhere, so that no later
 * copy of the value can touch Object.prototype.
 */
export function parseJsonSafely(text: string, file: string, where?: string): unknown {
  checkDepth(text, file, where);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ParleyError(file, `is not valid JSON (${reason})`, where);
  }
  const forbiddenKey = findForbiddenKey(value);
  if (forbiddenKey !== undefined) {
    throw new ParleyError(file, `the key "${forbiddenKey}" is not allowed in Parley files`, where);
  }
  return value;
}
