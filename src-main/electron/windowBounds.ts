import type { Rectangle } from 'electron';
import type { WindowBounds } from './settingsSchema';

/** Screen pixels of the saved window that must lie on some display to reuse its position. */
const MIN_VISIBLE_PIXELS = 64;

function overlap(start: number, length: number, areaStart: number, areaLength: number): number {
  return Math.min(start + length, areaStart + areaLength) - Math.max(start, areaStart);
}

/**
 * The saved bounds, minus the position when it would put the window (mostly) off every
 * display, e.g. after a monitor was unplugged; then the window opens centred.
 */
export function restorableBounds(
  saved: WindowBounds | undefined,
  workAreas: readonly Rectangle[],
): WindowBounds | undefined {
  if (saved === undefined) return undefined;
  const { x, y, ...size } = saved;
  if (x === undefined || y === undefined) return size;
  const visible = workAreas.some(
    (area) =>
      overlap(x, saved.width, area.x, area.width) >= MIN_VISIBLE_PIXELS &&
      overlap(y, saved.height, area.y, area.height) >= MIN_VISIBLE_PIXELS,
  );
  return visible ? saved : size;
}
