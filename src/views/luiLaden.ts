import {
  createElement,
  useDeferredValue,
  useEffect,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type ReactElement,
} from 'react';

/** A view whose code is a chunk of its own, loaded on first use (#14: a smaller app chunk). */
export interface LuieWeergave {
  (): ReactElement;
  /** Loads the chunk; once it has resolved, the view renders at once. */
  laad(): Promise<void>;
}

/**
 * A view component for `laad`, a dynamic import of the view's module. Until the chunk is there it shows
 * `Wacht` and loads it; a failure goes to the nearest ErrorBoundary. The prerender and the takeover of a
 * prerendered page call `laad()` first, so server and client render the same markup.
 *
 * No `<Suspense>`: React hydrates a Suspense boundary after the rest of the page, when the App's effects
 * (the URL, its language) have already changed the state the server rendered with.
 */
export function luiLaden(laad: () => Promise<ComponentType>, Wacht: ComponentType): LuieWeergave {
  let geladen: ComponentType | null = null;
  let bezig: Promise<void> | null = null;
  const luisteraars = new Set<() => void>();
  const laadNu = () =>
    (bezig ??= laad().then(
      (c) => {
        geladen = c;
        for (const f of luisteraars) f();
      },
      (e: unknown) => {
        bezig = null;
        throw e;
      },
    ));
  const abonneer = (f: () => void) => {
    luisteraars.add(f);
    return () => luisteraars.delete(f);
  };
  const huidig = () => geladen;
  function Weergave() {
    // The view's first render, once its code is there, runs in the background (a transition).
    const View = useDeferredValue(useSyncExternalStore(abonneer, huidig, huidig));
    const [fout, setFout] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (!View) laadNu().catch((error: unknown) => setFout({ error }));
    }, [View]);
    if (fout) throw fout.error;
    return createElement(View ?? Wacht);
  }
  return Object.assign(Weergave, { laad: laadNu });
}
