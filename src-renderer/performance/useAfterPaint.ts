import { useEffect, useState } from 'react';
import { afterNextPaint } from './paintMarks';

/**
 * `value`, but a change shows only once the next frame has been painted: for secondary views
 * (the span list, the counts, which span the details panel shows) so that the frame after a tag
 * paints the span in the article alone, and the panel follows a frame later. Never use it for
 * the value of a field the analyst is typing in: the field would lag behind the keyboard.
 */
export function useAfterPaint<Value>(value: Value): Value {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    let current = true;
    afterNextPaint(() => {
      if (current) setShown(() => value);
    });
    return () => {
      current = false;
    };
  }, [shown, value]);
  return shown;
}
