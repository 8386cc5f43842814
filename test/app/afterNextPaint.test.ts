import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../src/app/afterNextPaint';

/** A stand-in for the page: its frames run when `frame()` is called, as the browser paints. */
function pagina(hidden: boolean) {
  const frames: FrameRequestCallback[] = [];
  const listeners = new Set<() => void>();
  const document = {
    hidden,
    addEventListener: (_: string, f: () => void) => listeners.add(f),
    removeEventListener: (_: string, f: () => void) => listeners.delete(f),
  };
  vi.stubGlobal('document', document);
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  return {
    frame: () => frames.splice(0).forEach((f) => f(0)),
    verberg: () => {
      document.hidden = true;
      listeners.forEach((f) => f());
    },
    listeners,
  };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('afterNextPaint(fn) runs fn in a task after the next frame, not before it, and once', () => {
    const p = pagina(false);
    const fn = vi.fn();
    afterNextPaint(fn);
    // A long task holds the frame up: 500 ms pass without one.
    vi.advanceTimersByTime(500);
    expect(fn).not.toHaveBeenCalled();
    p.frame();
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(p.listeners.size).toBe(0);
  });

  it('afterNextPaint(fn) in a hidden tab runs fn without a frame', () => {
    pagina(true);
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.advanceTimersByTime(0);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('afterNextPaint(fn) runs fn when the tab is hidden before the frame', () => {
    const p = pagina(false);
    const fn = vi.fn();
    afterNextPaint(fn);
    p.verberg();
    expect(fn).toHaveBeenCalledTimes(1);
    p.frame();
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('afterNextPaint(fn) still runs fn after a second when a visible page paints no frame', () => {
    pagina(false);
    const fn = vi.fn();
    afterNextPaint(fn);
    vi.advanceTimersByTime(999);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
