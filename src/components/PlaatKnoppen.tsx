import { useId, useState } from 'react';
import { pngBlob, svgBlob } from '../charts/export/bestand';
import type { PlaatContext } from '../charts/export/kader';
import type { Plaat } from '../charts/export/plaat';
import { bestandsnaam, filtersInWoorden, type FilterKeuze } from '../charts/export/woorden';
import { B, useT } from '../i18n';
import { appStore, formatUrl, selectUrlState, zonderInbedden } from '../store';
import { downloadBlob } from '../views/download';

interface Props {
  /** View id for the file name (`ggsr-<view>-….svg`). */
  readonly view: string;
  /** What the picture shows, for the group's name ("Heatmap"). */
  readonly wat: string;
  /** The filters that apply to the picture. */
  readonly keuze: FilterKeuze;
  /** Makes the picture from the chart's model; called on a click. */
  teken(c: PlaatContext): Plaat;
  /**
   * The chart still shows the result of the filters before (the new one is loading): no picture until
   * the marks and the filters in its words belong together.
   */
  readonly wacht?: boolean;
}

/** The address of the current view on the site itself (without embed mode), for the picture's footer. */
function adresVanWeergave(): string {
  const s = selectUrlState(appStore.getState());
  return new URL(formatUrl({ ...s, cel: null, extra: zonderInbedden(s.extra) }), document.baseURI).href;
}

/** "SVG downloaden" / "PNG downloaden": the chart with its title, filters, legend, source and address. */
export function PlaatKnoppen({ view, wat, keuze, teken, wacht = false }: Props) {
  const t = useT();
  const kopId = useId();
  const [melding, setMelding] = useState('');
  const [bezig, setBezig] = useState(false);

  const download = async (soort: 'svg' | 'png') => {
    setBezig(true);
    try {
      const { taal, catalog } = appStore.getState();
      const plaat = teken({
        taal,
        filters: filtersInWoorden(keuze, catalog, taal),
        adres: adresVanWeergave(),
      });
      const bestand = bestandsnaam(view, keuze, taal, soort);
      downloadBlob(soort === 'svg' ? svgBlob(plaat) : await pngBlob(plaat), bestand);
      setMelding(t(B.delen.gedownload, { bestand }));
    } catch (e) {
      setMelding(t(B.delen.mislukt, { fout: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBezig(false);
    }
  };

  return (
    <div className="plaat-knoppen" role="group" aria-labelledby={kopId}>
      <p className="plaat-knoppen-kop" id={kopId}>
        {t(B.delen.afbeelding)}
        <span className="visually-hidden">: {wat}</span>
      </p>
      <button type="button" disabled={bezig || wacht} onClick={() => void download('svg')}>
        {t(B.delen.svg)}
      </button>
      <button type="button" disabled={bezig || wacht} onClick={() => void download('png')}>
        {t(B.delen.png)}
      </button>
      <p role="status" className="plaat-knoppen-status">
        {melding}
      </p>
    </div>
  );
}
