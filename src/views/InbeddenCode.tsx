import { useId, useState, useSyncExternalStore } from 'react';
import { B, useT, type Tekst } from '../i18n';
import {
  formatUrl,
  metInbedden,
  selectUrlState,
  useAppStoreShallow,
  zonderInbedden,
  type UrlState,
  type ViewId,
} from '../store';

/** The views one can embed, with the height of their frame (px; the frame scrolls beyond it). */
export const INBED_VIEWS: readonly { view: ViewId; titel: Tekst; hoogte: number }[] = [
  { view: 'heatmap', titel: B.app.viewHeatmap, hoogte: 1000 },
  { view: 'ranking', titel: B.app.viewRanking, hoogte: 900 },
  { view: 'vergelijken', titel: B.app.viewVergelijken, hoogte: 1100 },
];

const attribuut = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The `<iframe>` code for a view with the current filters in embed mode: its address on `basis` (the
 * site's address; relative without it), a title for screen readers, full width, lazy loading.
 */
export function iframeCode(state: UrlState, view: ViewId, basis: string | null, titel: string): string {
  const hoogte = INBED_VIEWS.find((v) => v.view === view)?.hoogte ?? 900;
  const zoek = formatUrl({ ...state, view, cel: null, extra: metInbedden(zonderInbedden(state.extra)) });
  const src = basis ? new URL(zoek, basis).href : zoek;
  return (
    `<iframe src="${attribuut(src)}" title="${attribuut(titel)}" width="100%" height="${hoogte}" ` +
    `loading="lazy"></iframe>`
  );
}

const geenAbonnement = () => () => undefined;

/** Open data: the embed code of a chosen view, to copy. */
export function InbeddenCode() {
  const t = useT();
  const state = useAppStoreShallow(selectUrlState);
  const basis = useSyncExternalStore(
    geenAbonnement,
    () => document.baseURI,
    () => null,
  );
  const [keuze, setKeuze] = useState(INBED_VIEWS[0] as (typeof INBED_VIEWS)[number]);
  const [stand, setStand] = useState<'klaar' | 'gekopieerd' | 'mislukt'>('klaar');
  const id = useId();
  const titel = t(B.delen.iframeTitel, { view: t(keuze.titel) });
  const code = iframeCode(state, keuze.view, basis, titel);

  const kopieer = async () => {
    try {
      if (!navigator.clipboard) throw new Error('geen klembord');
      await navigator.clipboard.writeText(code);
      setStand('gekopieerd');
    } catch {
      setStand('mislukt');
    }
  };

  return (
    <div className="od-inbedden">
      <p>{t(B.delen.inbeddenUitleg)}</p>
      <p>
        <label htmlFor={`${id}-view`}>{t(B.delen.inbeddenOnderdeel)}</label>{' '}
        <select
          id={`${id}-view`}
          name="inbedden-onderdeel"
          value={keuze.view}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setKeuze(INBED_VIEWS.find((x) => x.view === v) ?? keuze);
            setStand('klaar');
          }}
        >
          {INBED_VIEWS.map((v) => (
            <option key={v.view} value={v.view}>
              {t(v.titel)}
            </option>
          ))}
        </select>
      </p>
      <label htmlFor={`${id}-code`} className="od-inbedden-label">
        {t(B.delen.inbeddenCode)}
      </label>
      <textarea
        id={`${id}-code`}
        className="od-inbedden-code"
        readOnly
        rows={4}
        value={code}
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
      />
      <p className="od-inbedden-knoppen">
        <button type="button" onClick={() => void kopieer()}>
          {t(B.delen.kopieerCode)}
        </button>{' '}
        <span role="status">
          {stand === 'gekopieerd' && t(B.delen.codeGekopieerd)}
          {stand === 'mislukt' && t(B.delen.kopierenMislukt)}
        </span>
      </p>
    </div>
  );
}
