/** Rows drawn beyond each edge of the viewport, so a quick scroll shows no gap. */
export const OVERSCAN_ROWS = 8;
/** Rows drawn while the viewport is unknown (not laid out yet, or no layout at all). */
export const UNMEASURED_ROWS = 40;

export interface RowWindow {
  /** First row drawn. */
  first: number;
  /** One past the last row drawn. */
  end: number;
}

/**
 * Which rows of a fixed-height list to draw: those overlapping the viewport, plus overscan.
 * `listTop` is where the list starts in the scroller's content; `scrollTop` and
 * `viewportHeight` describe the scroller.
 */
export function visibleRows(
  count: number,
  rowHeight: number,
  listTop: number,
  scrollTop: number,
  viewportHeight: number,
): RowWindow {
  if (viewportHeight <= 0 || rowHeight <= 0) {
    return { first: 0, end: Math.min(count, UNMEASURED_ROWS) };
  }
  const top = scrollTop - listTop;
  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN_ROWS);
  const end = Math.min(count, Math.ceil((top + viewportHeight) / rowHeight) + OVERSCAN_ROWS);
  return { first: Math.min(first, end), end };
}

/**
 * The scroller position that brings row `index` fully into view, moving as little as possible
 * (like `scrollIntoView({ block: 'nearest' })`), or null when it is already in view.
 */
export function scrollTopToReveal(
  index: number,
  rowHeight: number,
  listTop: number,
  scrollTop: number,
  viewportHeight: number,
): number | null {
  const rowTop = listTop + index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return null;
}
