/**
 * Run `fn` once the browser has painted the next frame, so the visible answer to an input (a ticked box,
 * a focus ring) is painted before heavier work such as re-rendering a table or opening a modal dialog
 * (#4: the Event Timing of an interaction ends at that paint). A hidden tab paints no frames: the
 * timeout runs `fn` anyway.
 */
export function afterNextPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  setTimeout(run, 100);
}
