/**
 * Placeholders for JSON text that no JavaScript value serializes to (`1e400`, `-0`, `"\ud800"`,
 * a `__proto__` key, 10,000 brackets): put RAW as a value or RAW_KEY as a key, stringify, then
 * splice the raw text in.
 */
export const RAW = '@@raw@@';
export const RAW_KEY = '@@raw-key@@';

/** `json` with every RAW value replaced by `raw` and every RAW_KEY key by `rawKey`. */
export function spliceRaw(json: string, raw: string, rawKey = ''): string {
  return json.split(JSON.stringify(RAW)).join(raw).split(JSON.stringify(RAW_KEY)).join(rawKey);
}
