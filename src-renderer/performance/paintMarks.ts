/** Performance marks for the benchmarks: cheap, so they stay in the product. */
export const TAG_START_MARK = 'parley:tag:start';
export const TAG_MEASURE = 'parley:tag';
export const DOCUMENT_LOAD_MARK = 'parley:document:load';
export const DOCUMENT_PAINTED_MARK = 'parley:document:painted';
export const DOCUMENT_MEASURE = 'parley:document';

/** The suffix of the measure that leaves out the wait for the display's next frame. */
const WORK_SUFFIX = ':work';

/** Calls `then` after the next paint (a frame, then a task), or at once without frames. */
export function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    then();
    return;
  }
  requestAnimationFrame(() => setTimeout(then, 0));
}

/**
 * Measures from `startMark` to the next paint, if the mark was set, as two measures:
 * - `measureName`: all of it, including the wait for the display's next frame (0–16.7 ms at
 *   60 Hz, depending only on when in the frame the key was pressed);
 * - `measureName` + WORK_SUFFIX: Parley's work alone, the handler (with React's commit and
 *   effects, which finish in microtasks) plus rendering the frame (style, layout, paint).
 * Call it in the same task as the work, right after it.
 */
export function measureAfterPaint(measureName: string, startMark: string): void {
  const start = performance.getEntriesByName(startMark, 'mark').at(-1)?.startTime;
  let handled = performance.now();
  // React commits a discrete update, and runs its effects, in a microtask of this task.
  queueMicrotask(() => queueMicrotask(() => (handled = performance.now())));
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame((frameStart) => {
    const rendering = performance.now();
    setTimeout(() => {
      if (start === undefined) return;
      const painted = performance.now();
      performance.measure(measureName, { start, end: painted });
      const work = handled - start + (painted - Math.max(rendering, frameStart, handled));
      performance.measure(measureName + WORK_SUFFIX, { start, duration: work });
      performance.clearMarks(startMark);
    }, 0);
  });
}
