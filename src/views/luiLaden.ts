import { createElement, lazy, type ComponentType, type ReactElement } from 'react';

/** A view whose code is a chunk of its own, loaded on first use (#14: a smaller app chunk). */
export interface LuieWeergave {
  (): ReactElement;
  /** Loads the chunk; once it has resolved, the view renders at once, without suspending. */
  laad(): Promise<void>;
}

/**
 * A view component for `laad`, a dynamic import of the view's module. It suspends (inside the App's
 * `<Suspense>`) until the chunk is there, unless `laad()` has resolved before: the prerender and the
 * takeover of a prerendered page call it first, so server and client render the same markup.
 */
export function luiLaden(laad: () => Promise<ComponentType>): LuieWeergave {
  let geladen: ComponentType | null = null;
  let bezig: Promise<void> | null = null;
  const laadNu = () =>
    (bezig ??= laad().then(
      (c) => {
        geladen = c;
      },
      (e: unknown) => {
        bezig = null;
        throw e;
      },
    ));
  const Lui = lazy(async () => {
    await laadNu();
    return { default: geladen as ComponentType };
  });
  const Weergave = () => createElement(geladen ?? Lui);
  return Object.assign(Weergave, { laad: laadNu });
}
