/** Milliseconds long work may hold the thread before it lets other work (HTTP, IPC) run. */
const TIME_SLICE_MS = 20;

/**
 * For long work in the host (exports, agreement reports): the returned function resolves at
 * once while the current slice lasts, otherwise after one turn of the event loop, so that
 * progress polls and other requests are answered while the work goes on.
 */
export function createYielder(): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < TIME_SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
