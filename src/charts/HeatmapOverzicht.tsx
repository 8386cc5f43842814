import { memo, useCallback, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { B, Rijk, useBronLang, useT } from '../i18n';
import {
  AANDEEL_KLASSEN,
  klasseTekst,
  onduidelijkTekst,
  overzichtLabel,
  overzichtZichtbaar,
  procentTekst,
  volgendeOverzichtCel,
  type OverzichtGroep,
  type OverzichtModel,
  type OverzichtWaarde,
} from './overzichtModel';
import { HEATMAP_EINDE_ID } from './heatmapModel';
import { RICHTING_TOETSEN } from './raster';
import { ThemaRij } from './ThemaRij';
import './HeatmapOverzicht.css';

/** Where a click in the overview zooms to. */
export interface ZoomDoel {
  readonly provincie: string | null;
  readonly gemeente: string | null;
}

interface Props {
  model: OverzichtModel;
  onZoom(doel: ZoomDoel): void;
}

const CAPTION = { provincie: B.schaal.captionProvincie, gemeente: B.schaal.captionGemeente } as const;

function zoomDoel(model: OverzichtModel, g: OverzichtGroep): ZoomDoel | null {
  if (g.groep === null) return null;
  return model.niveau === 'provincie'
    ? { provincie: g.groep, gemeente: null }
    : { provincie: g.provincie, gemeente: g.groep };
}

/**
 * The heatmap when too many aanpakken are selected to show every mark: a real table with the 30
 * indicators in rows and one column per provincie or gemeente. A cell prints how many aanpakken there
 * had a verbeterpunt (and how many an onduidelijk oordeel); its colour class repeats the share. A
 * column header or cell zooms in. One cell is in the tab order; the arrow keys move between cells.
 */
export function HeatmapOverzicht({ model, onZoom }: Props) {
  const [actief, setActief] = useState<[number, number]>([0, 0]);
  const tab: [number, number] =
    actief[0] < model.rijen.length && actief[1] < model.kolommen.length ? actief : [0, 0];

  const onClick = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-kolom]');
      const g = knop ? model.kolommen[Number(knop.dataset.kolom)] : undefined;
      const doel = g ? zoomDoel(model, g) : null;
      if (doel) onZoom(doel);
    },
    [model, onZoom],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const richting = RICHTING_TOETSEN[e.key];
      const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-rij]');
      if (!richting || !knop) return;
      e.preventDefault();
      const naar = volgendeOverzichtCel(
        model,
        Number(knop.dataset.rij),
        Number(knop.dataset.kolom),
        richting,
      );
      if (!naar) return;
      setActief(naar);
      e.currentTarget
        .querySelector<HTMLButtonElement>(`button[data-rij="${naar[0]}"][data-kolom="${naar[1]}"]`)
        ?.focus();
    },
    [model],
  );

  return (
    <>
      <div className="heatmap-wrap">
        <OverzichtLegenda />
        <div className="heatmap-scroll">
          <Tabel model={model} tab={tab} onClick={onClick} onKeyDown={onKeyDown} />
        </div>
      </div>
      <span id={HEATMAP_EINDE_ID} hidden />
    </>
  );
}

/** The colour classes and what a cell says. */
export function OverzichtLegenda() {
  const t = useT();
  return (
    <div className="overzicht-legenda">
      <p>{t(B.schaal.legendaUitleg)}</p>
      <ul className="legenda" aria-label={t(B.schaal.legendaKleuren)}>
        {Array.from({ length: AANDEEL_KLASSEN }, (_, k) => (
          <li key={k}>
            <span className={`legenda-cel aandeel-${k}`} aria-hidden="true" /> {klasseTekst(k, t.taal)}
          </li>
        ))}
      </ul>
    </div>
  );
}

const Tabel = memo(function Tabel({
  model,
  tab,
  onClick,
  onKeyDown,
}: {
  model: OverzichtModel;
  tab: [number, number];
  onClick(e: MouseEvent<HTMLTableElement>): void;
  onKeyDown(e: KeyboardEvent<HTMLTableElement>): void;
}) {
  const t = useT();
  const nl = useBronLang();
  const S = B.schaal;
  const breedte = model.kolommen.length + 2;
  const rijIndex = new Map(model.rijen.map((rij, i) => [rij.indicator, i]));
  return (
    // The cells and headers are buttons; the table only delegates their events.
    <table
      className="heatmap heatmap-overzicht"
      data-niveau={model.niveau}
      onClick={onClick}
      onKeyDown={onKeyDown}
    >
      <caption>{t(CAPTION[model.niveau])}</caption>
      <thead>
        <tr>
          <th scope="col" className="hoek">
            {t(B.heatmap.indicator)}
          </th>
          {model.kolommen.map((g, k) => (
            <th key={g.groep ?? '-'} scope="col" className="groep">
              {zoomDoel(model, g) ? (
                <button
                  type="button"
                  className="groep-knop"
                  data-kolom={k}
                  aria-label={t(S.inzoomen, {
                    naam: g.naam,
                    aanpakken: t.n(B.heatmap.aanpakkenWoord, g.aanpakken),
                  })}
                >
                  {g.naam}
                </button>
              ) : (
                g.naam
              )}
              <span className="groep-omvang">{t.getal(g.aanpakken)}</span>
              <span className="groep-omvang">{t.n(S.aanpakWoord, g.aanpakken)}</span>
            </th>
          ))}
          <th scope="col" className="totaal">
            {t(B.heatmap.totaalPerIndicator)}
          </th>
        </tr>
      </thead>
      {model.secties.map((s) => (
        <tbody key={s.key}>
          {s.titel && (
            <ThemaRij breedte={breedte}>
              <span lang={nl}>{s.titel}</span>
            </ThemaRij>
          )}
          {s.items.map((item) => {
            if (item.soort === 'criterium')
              return (
                <tr key={`c-${item.code}`} className="criterium">
                  <td colSpan={breedte}>
                    {t(B.heatmap.criteriumKop)} <span lang={nl}>{item.tekst}</span>
                  </td>
                </tr>
              );
            const r = rijIndex.get(item.rij.indicator) ?? 0;
            return (
              <tr key={item.rij.indicator} data-rij={item.rij.indicator}>
                <th scope="row" title={item.rij.tekst} className="rijkop">
                  <span className="code">{item.rij.indicator}</span> <span lang={nl}>{item.rij.label}</span>
                  <span className="visually-hidden">
                    : <span lang={nl}>{item.rij.tekst}</span>
                  </span>
                  {s.titel === null && (
                    <span className="rij-thema">
                      {' '}
                      (<span lang={nl}>{item.rij.thema}</span>)
                    </span>
                  )}
                </th>
                {item.rij.cellen.map((w, k) =>
                  w ? (
                    <td key={k}>
                      <OverzichtCel
                        waarde={w}
                        niveau={model.niveau}
                        provincie={model.kolommen[k]?.provincie ?? null}
                        rij={r}
                        kolom={k}
                        inTabVolgorde={tab[0] === r && tab[1] === k}
                      />
                    </td>
                  ) : (
                    <td key={k} className="leeg">
                      <span aria-label={t(B.heatmap.geenOordeel)}>–</span>
                    </td>
                  ),
                )}
                <td className="totaal" data-verbeterpunten={item.rij.totaal.verbeterpunt}>
                  {t(S.rijTotaal, {
                    verbeterpunt: item.rij.totaal.verbeterpunt,
                    totaal: item.rij.totaal.totaal,
                  })}
                  {onduidelijkTekst(item.rij.totaal, t.taal)}
                </td>
              </tr>
            );
          })}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row">{t(S.gemeentenRij)}</th>
          {model.kolommen.map((g) => (
            <td key={g.groep ?? '-'} className="totaal">
              {t.getal(g.gemeenten)}
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
});

const OverzichtCel = memo(function OverzichtCel({
  waarde: w,
  niveau,
  provincie,
  rij,
  kolom,
  inTabVolgorde,
}: {
  waarde: OverzichtWaarde;
  niveau: OverzichtModel['niveau'];
  provincie: string | null;
  rij: number;
  kolom: number;
  inTabVolgorde: boolean;
}) {
  const t = useT();
  // The visible text first, so speech input can use what is shown (WCAG 2.5.3), then the full sentence.
  const label = `${overzichtZichtbaar(w, t.taal)}: ${overzichtLabel(w, t.taal)}`;
  return (
    <button
      type="button"
      className={`cel overzicht-cel aandeel-${w.klasse}`}
      data-rij={rij}
      data-kolom={kolom}
      data-provincie={(niveau === 'provincie' ? w.groep : provincie) ?? undefined}
      data-gemeente={niveau === 'gemeente' ? (w.groep ?? undefined) : undefined}
      data-indicator={w.indicator}
      data-verbeterpunt={w.verbeterpunt}
      data-onduidelijk={w.onduidelijk}
      data-totaal={w.totaal}
      aria-label={label}
      tabIndex={inTabVolgorde ? 0 : -1}
    >
      <span className="ov-aantal">
        <Rijk
          m={B.schaal.celAantal}
          tags={{ van: (c) => <span className="ov-van">{c}</span> }}
          waarden={{ verbeterpunt: w.verbeterpunt, totaal: w.totaal }}
        />
      </span>{' '}
      <span className="ov-deel">
        {procentTekst(w.aandeel, t.taal)}
        {w.onduidelijk > 0 && <> · {t.getal(w.onduidelijk)} ?</>}
      </span>
    </button>
  );
});
