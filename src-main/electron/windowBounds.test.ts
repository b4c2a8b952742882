import { describe, expect, it } from 'vitest';
import { restorableBounds } from './windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const monitorOnTheLeft = { x: -1920, y: 0, width: 1920, height: 1080 };
const size = { width: 1000, height: 700, maximized: false };

describe('restorableBounds', () => {
  it.each([
    ['nothing saved', undefined, [laptop], undefined],
    ['size only', size, [laptop], size],
    ['on screen', { x: 100, y: 50, ...size }, [laptop], { x: 100, y: 50, ...size }],
    [
      'mostly off screen but grabbable',
      { x: 1370, y: 50, ...size },
      [laptop],
      { x: 1370, y: 50, ...size },
    ],
    ['off the right edge', { x: 1400, y: 50, ...size }, [laptop], size],
    ['below the screen', { x: 100, y: 880, ...size }, [laptop], size],
    ['on an unplugged monitor', { x: -1500, y: 100, ...size }, [laptop], size],
    [
      'on a monitor still there',
      { x: -1500, y: 100, ...size },
      [laptop, monitorOnTheLeft],
      { x: -1500, y: 100, ...size },
    ],
    ['no displays reported', { x: 100, y: 50, ...size }, [], size],
  ])('%s', (_name, saved, workAreas, expected) => {
    expect(restorableBounds(saved, workAreas)).toEqual(expected);
  });

  it('keeps the maximized flag when dropping the position', () => {
    expect(
      restorableBounds({ x: 9000, y: 9000, width: 800, height: 600, maximized: true }, [laptop]),
    ).toEqual({
      width: 800,
      height: 600,
      maximized: true,
    });
  });
});
