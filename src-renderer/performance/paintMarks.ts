/** Performance marks for the benchmarks: cheap, so they stay in the product. */
export const TAG_START_MARK = 'parley:tag:start';
export const TAG_MEASURE = 'parley:tag';
/**
 * The page asks the host to read a document: where the open target's measure (read → first
 * paint) starts. The click comes earlier; what lies between is the browser's input handling.
 */
export const DOCUMENT_REQUEST_MARK = 'parley:document:request';
export const DOCUMENT_LOAD_MARK = 'parley:document:load';
export const DOCUMENT_PAINTED_MARK = 'parley:document:painted';
export const DOCUMENT_MEASURE = 'parley:document';
/** Every span of the opened document drawn and painted (later than the first paint on long ones). */
export const DOCUMENT_COMPLETE_MARK = 'parley:document:complete';
export const DOCUMENT_COMPLETE_MEASURE = 'parley:document:complete';

/** The suffix of the measure that leaves out the wait for the display's next frame. */
const WORK_SUFFIX = ':work';

/** When the frame before a paint began rendering: the times an after-paint callback receives. */
export interface FrameTimes {
  /** The frame's own start time (requestAnimationFrame's argument). */
  frameStart: number;
  /** When the page's animation-frame callbacks ran, just before style, layout and paint. */
  rendering: number;
}

type AfterPaintCallback = (frame: FrameTimes) => void;

/** Callbacks waiting for the next paint: timings first, so that no other work delays them. */
const waiting = { timings: [] as AfterPaintCallback[], work: [] as AfterPaintCallback[] };
let frameRequested = false;

/**
 * Calls `then` after the next paint (a frame, then a task), or at once without frames. Every
 * callback of a paint runs in one task, in the order given, after the `timing` ones: a timing
 * taken after the paint must not include the work other views deferred to after the same paint
 * (the panels' selectors after a tag), and the views' work runs in one task, not one per view.
 * Work that may take long (drawing a chart) must go on in a task of its own from here.
 */
export function afterNextPaint(then: AfterPaintCallback, kind: 'timing' | 'work' = 'work'): void {
  if (typeof requestAnimationFrame !== 'function') {
    const now = performance.now();
    then({ frameStart: now, rendering: now });
    return;
  }
  (kind === 'timing' ? waiting.timings : waiting.work).push(then);
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame((frameStart) => {
    const frame: FrameTimes = { frameStart, rendering: performance.now() };
    // Callbacks registered from now on wait for the paint after this one: a task between this
    // paint and the timeout below (a key press) may change what the next frame paints.
    const callbacks = [...waiting.timings.splice(0), ...waiting.work.splice(0)];
    frameRequested = false;
    setTimeout(() => runAfterPaint(callbacks, frame), 0);
  });
}

function runAfterPaint(callbacks: readonly AfterPaintCallback[], frame: FrameTimes): void {
  for (const callback of callbacks) {
    try {
      callback(frame);
    } catch (error) {
      // One view's failure must not cancel the others' updates; it is still reported.
      setTimeout(() => {
        throw error;
      }, 0);
    }
  }
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
  if (typeof requestAnimationFrame !== 'function' || start === undefined) return;
  afterNextPaint(({ frameStart, rendering }) => {
    const painted = performance.now();
    performance.measure(measureName, { start, end: painted });
    const work = handled - start + (painted - Math.max(rendering, frameStart, handled));
    performance.measure(measureName + WORK_SUFFIX, { start, duration: work });
    performance.clearMarks(startMark);
  }, 'timing');
}
