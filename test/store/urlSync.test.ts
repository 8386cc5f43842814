import { describe, expect, it } from 'vitest';
import { createAppStore, startUrlSync } from '../../src/store';

/** Just enough of window.location/history for startUrlSync, with a real back stack. */
function fakeWindow(initial: string) {
  const entries = [initial];
  let index = 0;
  const listeners = new Set<() => void>();
  const location = {
    pathname: '/sub/',
    hash: '',
    get search() {
      return entries[index] ?? '';
    },
  };
  const setTo = (url: string) => url.slice(location.pathname.length);
  const win = {
    location,
    history: {
      state: null,
      pushState: (_s: unknown, _t: string, url: string) => {
        entries.splice(index + 1, entries.length, setTo(url));
        index = entries.length - 1;
      },
      replaceState: (_s: unknown, _t: string, url: string) => {
        entries[index] = setTo(url);
      },
    },
    addEventListener: (_t: string, f: () => void) => listeners.add(f),
    removeEventListener: (_t: string, f: () => void) => listeners.delete(f),
  };
  const go = (delta: number) => {
    index += delta;
    for (const f of listeners) f();
  };
  return { win: win as unknown as Window, entries, go, index: () => index };
}

describe('startUrlSync', () => {
  it('applies the URL, pushes user changes and restores on back/forward', () => {
    const store = createAppStore();
    store.getState().setCatalog({
      gemeenten: [
        { gemeente_id: 'emmen', naam: 'Emmen', aanpakken: 1 },
        { gemeente_id: 'gouda', naam: 'Gouda', aanpakken: 1 },
      ],
      aanpakken: [
        { aanpak_id: 'emmen.oggz', naam: 'OGGz', gemeente_id: 'emmen', gemeente: 'Emmen' },
        { aanpak_id: 'gouda.mpg-overleg', naam: 'MPG-overleg', gemeente_id: 'gouda', gemeente: 'Gouda' },
      ],
    });
    const { win, entries, go } = fakeWindow('?gemeente=gouda,<b>&thema=a');
    const stop = startUrlSync(store, win);

    expect(store.getState().filters.gemeenten).toEqual(['gouda']);
    expect(store.getState().problems).toHaveLength(1);
    expect(entries).toEqual(['?weergave=heatmap&gemeente=gouda&thema=A']); // cleaned with replaceState

    store.getState().openCel({ aanpak: 'emmen.oggz', indicator: 'A9' });
    expect(entries).toEqual([
      '?weergave=heatmap&gemeente=gouda&thema=A',
      '?weergave=heatmap&gemeente=gouda&thema=A&cel=emmen.oggz~A9',
    ]);
    go(-1);
    expect(store.getState().cel).toBeNull();
    expect(store.getState().problems).toEqual([]);
    expect(entries).toHaveLength(2); // restoring does not push
    go(1);
    expect(store.getState().cel).toEqual({ aanpak: 'emmen.oggz', indicator: 'A9' });

    stop();
    store.getState().closeCel();
    expect(entries).toHaveLength(2);
  });
});
