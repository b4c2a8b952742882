/**
 * The first element under `root` whose attribute `name` is exactly `value`. Compares values
 * instead of building a selector, so ids with quotes or backslashes need no escaping.
 */
export function elementWithAttribute(
  root: ParentNode,
  name: string,
  value: string,
): HTMLElement | undefined {
  for (const element of root.querySelectorAll<HTMLElement>(`[${name}]`)) {
    if (element.getAttribute(name) === value) return element;
  }
  return undefined;
}
