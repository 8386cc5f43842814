import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from '../app/afterNextPaint';

/**
 * `value`, but a change arrives only after the browser has painted the frame that answers the input
 * (the ticked box, the busy state), and then as a transition. Unlike `useDeferredValue`, whose background
 * render can still land before that paint, the heavy re-render never counts in the input's latency (#4).
 */
export function useValueAfterPaint<T>(value: T): T {
  const [shown, setShown] = useState(value);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    let cancelled = false;
    afterNextPaint(() => {
      if (!cancelled) startTransition(() => setShown(value));
    });
    return () => {
      cancelled = true;
    };
  }, [value, shown]);
  return shown;
}
