/** Long enough that only a page the browser does not paint (an occluded window) reaches it. */
const GEEN_FRAME_MS = 1000;

/**
 * Run `fn` once the browser has painted the next frame, so the visible answer to an input (a ticked box,
 * a focus ring) is painted before heavier work such as re-rendering a table or opening a modal dialog
 * (#4: the Event Timing of an interaction ends at that paint). A hidden tab paints no frames: there
 * `fn` runs at once, or when the tab is hidden before the frame.
 *
 * The fallback timer is long on purpose: a short one (it was 100 ms) can fire first when a long task
 * holds up the frame, and the heavy work then runs before the paint it was to wait for (#18).
 */
export function afterNextPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    document.removeEventListener('visibilitychange', onHidden);
    fn();
  };
  const onHidden = () => {
    if (document.hidden) run();
  };
  if (typeof requestAnimationFrame !== 'function' || document.hidden) {
    setTimeout(run, 0);
    return;
  }
  requestAnimationFrame(() => setTimeout(run, 0));
  document.addEventListener('visibilitychange', onHidden);
  setTimeout(run, GEEN_FRAME_MS);
}
