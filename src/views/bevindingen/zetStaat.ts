import { appStore } from '../../store';
import { schrijfTabelStaat, type TabelStaat } from './staat';

/** Write a new table state into the URL params, in one store update (one history entry). */
export function zetStaat(next: TabelStaat) {
  const waarden = schrijfTabelStaat(next);
  appStore.setState((s) => {
    const extra = { ...s.extra };
    for (const [k, v] of Object.entries(waarden)) {
      if (v === null || v === '') delete extra[k];
      else extra[k] = v;
    }
    return { extra };
  });
}
