import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, measureAfterPaint } from './paintMarks';

let frames: FrameRequestCallback[] = [];

beforeEach(() => {
  frames = [];
  vi.useFakeTimers({ toFake: ['setTimeout'] });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    frames.push(callback);
    return frames.length;
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  performance.clearMarks();
  performance.clearMeasures();
});

/** Runs the pending animation-frame callbacks, as the browser does before it paints. */
function renderFrame(): void {
  for (const frame of frames.splice(0)) frame(performance.now());
}

describe('afterNextPaint', () => {
  it('runs every callback of a paint in one task after the frame, timings first', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('list'));
    afterNextPaint(() => order.push('counts'));
    afterNextPaint(() => order.push('timing'), 'timing');

    expect(frames).toHaveLength(1);
    renderFrame();
    expect(order).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['timing', 'list', 'counts']);
  });

  it('keeps a callback registered after the frame for the paint after it', () => {
    const order: string[] = [];
    afterNextPaint(() => order.push('first paint'));
    renderFrame();
    // A key press handled between the paint and the task after it changes the next frame.
    afterNextPaint(() => order.push('second paint'), 'timing');
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['first paint']);

    expect(frames).toHaveLength(1);
    renderFrame();
    vi.advanceTimersByTime(0);
    expect(order).toEqual(['first paint', 'second paint']);
  });

  it('runs the other callbacks when one throws, and still reports the error', () => {
    const ran: string[] = [];
    afterNextPaint(() => {
      throw new Error('a view failed');
    });
    afterNextPaint(() => ran.push('other view'));
    renderFrame();
    expect(() => vi.runOnlyPendingTimers()).not.toThrow();
    expect(ran).toEqual(['other view']);
    expect(() => vi.runOnlyPendingTimers()).toThrow('a view failed');
  });
});

describe('measureAfterPaint', () => {
  it('ends the measure before the work other views deferred to the same paint', () => {
    performance.mark('test:start');
    afterNextPaint(() => {
      // A slow panel update scheduled before the measure, as the store notifies it first.
      const until = performance.now() + 30;
      while (performance.now() < until);
    });
    measureAfterPaint('test', 'test:start');
    renderFrame();
    vi.advanceTimersByTime(0);

    const [total] = performance.getEntriesByName('test', 'measure');
    const [work] = performance.getEntriesByName('test:work', 'measure');
    expect(total).toBeDefined();
    expect(work).toBeDefined();
    expect(total!.duration).toBeLessThan(30);
    expect(work!.duration).toBeLessThanOrEqual(total!.duration);
  });
});
