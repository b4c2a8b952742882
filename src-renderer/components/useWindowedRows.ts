import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { afterNextPaint } from '../performance/paintMarks';
import { scrollTopToReveal, visibleRows } from './visibleRows';

interface Viewport {
  /** Where the list starts in the scroller's content, in px. */
  listTop: number;
  scrollTop: number;
  height: number;
  /** Height of one row, in px (rows have a fixed height in CSS); 0 before it is measured. */
  rowHeight: number;
}

const UNMEASURED: Viewport = { listTop: 0, scrollTop: 0, height: 0, rowHeight: 0 };

function measure(scroller: HTMLElement, list: HTMLElement): Viewport {
  const row = list.querySelector('li');
  return {
    listTop:
      list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop,
    scrollTop: scroller.scrollTop,
    height: scroller.clientHeight,
    rowHeight: row?.offsetHeight ?? 0,
  };
}

function sameViewport(a: Viewport, b: Viewport): boolean {
  return (
    a.listTop === b.listTop &&
    a.scrollTop === b.scrollTop &&
    a.height === b.height &&
    a.rowHeight === b.rowHeight
  );
}

export interface WindowedRows<List extends HTMLElement> {
  listRef: RefObject<List | null>;
  /** First row to draw, and one past the last. */
  first: number;
  end: number;
  /** The list's style: its full height, with the rows above `first` stood in for by padding. */
  style: { paddingTop: number; height: number } | undefined;
}

/**
 * A long list with fixed-height rows inside `scrollerRef`: which rows to put in the DOM (those
 * in and near view), so a list of 10,000 costs what a list of 30 does. `revealIndex`, when it
 * changes, is scrolled into view (the selected or current row).
 */
export function useWindowedRows<List extends HTMLElement>(
  count: number,
  scrollerRef: RefObject<HTMLElement | null>,
  revealIndex: number,
): WindowedRows<List> {
  const listRef = useRef<List>(null);
  const [viewport, setViewport] = useState(UNMEASURED);

  const remeasure = useCallback(() => {
    const scroller = scrollerRef.current;
    const list = listRef.current;
    if (!scroller || !list) return;
    const next = measure(scroller, list);
    setViewport((current) => (sameViewport(current, next) ? current : next));
  }, [scrollerRef]);

  const hasRows = count > 0;
  useLayoutEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller || !hasRows) return;
    remeasure();
    scroller.addEventListener('scroll', remeasure, { passive: true });
    const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(remeasure) : null;
    resizes?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', remeasure);
      resizes?.disconnect();
    };
  }, [scrollerRef, remeasure, hasRows]);

  // The first rows give the row height.
  useLayoutEffect(() => {
    if (viewport.rowHeight === 0 && hasRows) remeasure();
  }, [viewport.rowHeight, hasRows, remeasure]);

  // Only a newly revealed row is brought into view, not every change of the list. It is measured
  // after the next paint, when layout is clean: measuring now would force a layout of all this
  // commit changed (opening the first document, the whole workbench: ~20 ms before its paint).
  useEffect(() => {
    if (revealIndex < 0) return;
    let current = true;
    afterNextPaint(() => {
      const scroller = scrollerRef.current;
      const list = listRef.current;
      if (!current || !scroller || !list) return;
      const now = measure(scroller, list);
      if (now.rowHeight === 0) return;
      const target = scrollTopToReveal(
        revealIndex,
        now.rowHeight,
        now.listTop,
        now.scrollTop,
        now.height,
      );
      if (target !== null) scroller.scrollTop = target;
    });
    return () => {
      current = false;
    };
  }, [revealIndex, scrollerRef]);

  const { first, end } = visibleRows(
    count,
    viewport.rowHeight,
    viewport.listTop,
    viewport.scrollTop,
    viewport.height,
  );
  const style =
    viewport.rowHeight > 0
      ? { paddingTop: first * viewport.rowHeight, height: count * viewport.rowHeight }
      : undefined;
  return { listRef, first, end, style };
}
