/** Documents read ahead of the one being worked on, so that reads overlap with the work. */
export const READ_AHEAD_DOCUMENTS = 16;

/**
 * Yields `read(item)` for each item in order, keeping up to `depth` reads going ahead of the
 * one yielded: at most depth + 1 results are in memory at once. When the caller stops early,
 * the reads already started settle before it moves on.
 */
export async function* readAhead<Item, Read>(
  items: readonly Item[],
  read: (item: Item) => Promise<Read>,
  depth = READ_AHEAD_DOCUMENTS,
): AsyncGenerator<Read> {
  const pending: Promise<Read>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && pending.length < depth) {
      const reading = read(items[next++]!);
      // Awaited in turn below; until then a failure must not count as unhandled.
      reading.catch(() => undefined);
      pending.push(reading);
    }
  };
  try {
    fill();
    while (pending.length > 0) {
      const result = await pending.shift()!;
      // Up to `depth` reads go on while the caller works on this one.
      fill();
      yield result;
    }
  } finally {
    await Promise.allSettled(pending);
  }
}
