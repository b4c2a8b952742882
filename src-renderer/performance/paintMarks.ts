/** Performance marks for the benchmarks: cheap, so they stay in the product. */
export const TAG_START_MARK = 'parley:tag:start';
export const TAG_MEASURE = 'parley:tag';
export const DOCUMENT_LOAD_MARK = 'parley:document:load';
export const DOCUMENT_PAINTED_MARK = 'parley:document:painted';
export const DOCUMENT_MEASURE = 'parley:document';

/** Calls `then` after the next paint (a frame, then a task), or at once without frames. */
export function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    then();
    return;
  }
  requestAnimationFrame(() => setTimeout(then, 0));
}

/** Measures from `startMark` to the next paint, if the mark was set. */
export function measureAfterPaint(measureName: string, startMark: string): void {
  afterNextPaint(() => {
    if (performance.getEntriesByName(startMark, 'mark').length === 0) return;
    performance.measure(measureName, startMark);
    performance.clearMarks(startMark);
  });
}
