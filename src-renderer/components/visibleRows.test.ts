import { describe, expect, it } from 'vitest';
import { OVERSCAN_ROWS, scrollTopToReveal, UNMEASURED_ROWS, visibleRows } from './visibleRows';

describe('visibleRows', () => {
  it('draws the rows in the viewport plus overscan on each side', () => {
    // Rows of 50 px, list starting 200 px into the scroller, scrolled to 1,200: rows 20..32 show.
    expect(visibleRows(5_000, 50, 200, 1_200, 600)).toEqual({
      first: 20 - OVERSCAN_ROWS,
      end: 32 + OVERSCAN_ROWS,
    });
  });

  it('clamps at both ends of the list', () => {
    expect(visibleRows(5_000, 50, 200, 0, 600)).toEqual({ first: 0, end: 8 + OVERSCAN_ROWS });
    expect(visibleRows(10, 50, 0, 10_000, 600)).toEqual({ first: 10, end: 10 });
    expect(visibleRows(0, 50, 0, 0, 600)).toEqual({ first: 0, end: 0 });
  });

  it('draws a first screenful while the viewport is unknown', () => {
    expect(visibleRows(5_000, 50, 0, 0, 0)).toEqual({ first: 0, end: UNMEASURED_ROWS });
    expect(visibleRows(3, 0, 0, 0, 600)).toEqual({ first: 0, end: 3 });
  });
});

describe('scrollTopToReveal', () => {
  it('scrolls as little as possible to show a row above or below the viewport', () => {
    expect(scrollTopToReveal(2, 50, 200, 1_000, 600)).toBe(300);
    expect(scrollTopToReveal(40, 50, 200, 1_000, 600)).toBe(200 + 41 * 50 - 600);
  });

  it('leaves a row that is already in view alone', () => {
    expect(scrollTopToReveal(20, 50, 200, 1_000, 600)).toBeNull();
  });
});
