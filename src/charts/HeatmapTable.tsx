import {
  memo,
  useCallback,
  useMemo,
  useState,
  startTransition,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { B, useBronLang, useT } from '../i18n';
import type { HeatmapCel } from '../model/queries';
import type { Cel } from '../store';
import {
  celKey,
  celLabel,
  HEATMAP_EINDE_ID,
  sleutelTekst,
  tekensIn,
  voldoenTekst,
  volgendeCel,
  type HeatmapModel,
  type HeatmapRij,
} from './heatmapModel';
import { RICHTING_TOETSEN } from './raster';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from './oordeel';
import { KaderTekst, useKaderString } from '../components/KaderTekst';
import { ThemaRij } from './ThemaRij';

/** CSS selector of a heatmap cell button (used to return focus after the drill-down). */
export function celSelector(cel: Cel): string {
  return `button[data-aanpak="${CSS.escape(cel.aanpak)}"][data-indicator="${CSS.escape(cel.indicator)}"]`;
}

interface Props {
  model: HeatmapModel;
  alleenVerbeterpunten: boolean;
  onOpen(cel: Cel): void;
}

/**
 * The heatmap as a real table: indicators in rows (grouped by thema and criterium), gemeente and
 * aanpak in two header rows, totals in the last column and row. One cell is in the tab order; the
 * arrow keys (and Home/End/PageUp/PageDown) move between cells, Enter opens the drill-down.
 */
export function HeatmapTable({ model, alleenVerbeterpunten, onOpen }: Props) {
  const eerste = useMemo(() => {
    const c = model.rijen[0]?.cellen.find((x) => x !== null);
    return c ? celKey(c.aanpak_id, c.indicator) : null;
  }, [model]);
  const cellen = useMemo(() => {
    const m = new Map<string, Uitleg>();
    for (const rij of model.rijen)
      for (const cel of rij.cellen) if (cel) m.set(celKey(cel.aanpak_id, cel.indicator), { rij, cel });
    return m;
  }, [model]);
  const [actief, setActief] = useState<string | null>(null);
  const [uitleg, setUitleg] = useState<Uitleg | null>(null);
  const tabCel = actief !== null && cellen.has(actief) ? actief : eerste;

  // One handler per event on the table instead of one per cell: a hover or focus then re-renders
  // the explanation line and at most two cells, not the whole table (#4, interaction latency).
  const celVan = useCallback((e: { target: EventTarget }) => {
    const knop = (e.target as HTMLElement).closest<HTMLButtonElement>('button[data-aanpak]');
    return knop ? celKey(knop.dataset.aanpak ?? '', knop.dataset.indicator ?? '') : null;
  }, []);
  const onFocus = useCallback(
    (e: FocusEvent<HTMLTableElement>) => {
      const key = celVan(e);
      if (key === null) return;
      // A transition: the focus ring of a clicked cell is painted before the table re-renders (#4).
      startTransition(() => {
        setActief(key);
        setUitleg(cellen.get(key) ?? null);
      });
    },
    [celVan, cellen],
  );
  const onMouseOver = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      const key = celVan(e);
      if (key !== null)
        setUitleg((u) =>
          u && celKey(u.cel.aanpak_id, u.cel.indicator) === key ? u : (cellen.get(key) ?? null),
        );
    },
    [celVan, cellen],
  );
  const onClick = useCallback(
    (e: MouseEvent<HTMLTableElement>) => {
      const key = celVan(e);
      const c = key === null ? undefined : cellen.get(key);
      if (c) onOpen({ aanpak: c.cel.aanpak_id, indicator: c.cel.indicator });
    },
    [celVan, cellen, onOpen],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLTableElement>) => {
      const richting = RICHTING_TOETSEN[e.key];
      const van = celVan(e);
      if (!richting || van === null) return;
      const naar = volgendeCel(model, van, richting);
      e.preventDefault();
      if (!naar) return;
      const [aanpak = '', indicator = ''] = naar.split('~');
      e.currentTarget.querySelector<HTMLButtonElement>(celSelector({ aanpak, indicator }))?.focus();
    },
    [celVan, model],
  );

  return (
    <>
      <div className="heatmap-wrap">
        <UitlegRegel uitleg={uitleg} />
        <div className="heatmap-scroll">
          <Tabel
            model={model}
            alleenVerbeterpunten={alleenVerbeterpunten}
            tabCel={tabCel}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            onMouseOver={onMouseOver}
            onClick={onClick}
          />
        </div>
      </div>
      <span id={HEATMAP_EINDE_ID} hidden />
    </>
  );
}

interface Uitleg {
  rij: HeatmapRij;
  cel: HeatmapCel;
}

function UitlegRegel({ uitleg }: { uitleg: Uitleg | null }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <p className="heatmap-uitleg" aria-hidden="true">
      {uitleg ? (
        <>
          <strong>
            {uitleg.rij.indicator}{' '}
            <KaderTekst soort="label" nl={uitleg.rij.label} code={uitleg.rij.indicator} />
          </strong>
          : <KaderTekst soort="tekst" nl={uitleg.rij.tekst} code={uitleg.rij.indicator} /> —{' '}
          {uitleg.cel.gemeente}, <span lang={nl}>{uitleg.cel.aanpak}</span>:{' '}
          {t(OORDEEL_WOORD[uitleg.cel.oordeel])}
        </>
      ) : (
        t(B.heatmap.uitlegLeeg)
      )}
    </p>
  );
}

const Tabel = memo(function Tabel({
  model,
  alleenVerbeterpunten,
  tabCel,
  onKeyDown,
  onFocus,
  onMouseOver,
  onClick,
}: {
  model: HeatmapModel;
  alleenVerbeterpunten: boolean;
  tabCel: string | null;
  onKeyDown(e: KeyboardEvent<HTMLTableElement>): void;
  onFocus(e: FocusEvent<HTMLTableElement>): void;
  onMouseOver(e: MouseEvent<HTMLTableElement>): void;
  onClick(e: MouseEvent<HTMLTableElement>): void;
}) {
  const breedte = model.kolommen.length + 2;
  const t = useT();
  const nl = useBronLang();
  const sleutel = useMemo(() => sleutelTekst(tekensIn(model), t.taal), [model, t.taal]);
  return (
    // The cells are buttons; the table only delegates their events (see HeatmapTable).
    <table
      className={`heatmap${alleenVerbeterpunten ? ' alleen-x' : ''}`}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onMouseOver={onMouseOver}
      onClick={onClick}
    >
      <caption>{t(B.heatmap.caption, { sleutel })}</caption>
      <colgroup>
        <col className="kol-indicator" />
      </colgroup>
      {/* One col per aanpak: before the app has taken over, the home filters collapse columns (src/app/voorfilter.ts). */}
      {model.groepen.map((g, i) => {
        const van = model.groepen.slice(0, i).reduce((n, x) => n + x.span, 0);
        return (
          <colgroup key={g.gemeente_id}>
            {model.kolommen.slice(van, van + g.span).map((k) => (
              <col key={k.aanpak_id} data-aanpak={k.aanpak_id} />
            ))}
          </colgroup>
        );
      })}
      <colgroup>
        <col className="kol-totaal" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" rowSpan={2} className="hoek">
            {t(B.heatmap.indicator)}
          </th>
          {model.groepen.map((g) => (
            <th
              key={g.gemeente_id}
              scope="colgroup"
              colSpan={g.span}
              className="gemeente"
              data-gemeente={g.gemeente_id}
            >
              {g.gemeente}
            </th>
          ))}
          <th scope="col" rowSpan={2} className="totaal">
            <span>{t(B.heatmap.totaalPerIndicator)}</span>
          </th>
        </tr>
        <tr>
          {model.kolommen.map((k) => (
            <th key={k.aanpak_id} scope="col" className="aanpak" lang={nl} data-aanpak={k.aanpak_id}>
              <span>{k.aanpak}</span>
            </th>
          ))}
        </tr>
      </thead>
      {model.secties.map((s) => (
        <tbody key={s.key} data-thema={s.titel === null ? undefined : s.key}>
          {s.titel && (
            <ThemaRij breedte={breedte}>
              <KaderTekst soort="thema" nl={s.titel} />
            </ThemaRij>
          )}
          {s.items.map((item) =>
            item.soort === 'criterium' ? (
              <tr key={`c-${item.code}`} className="criterium" data-criterium={item.code}>
                <td colSpan={breedte}>
                  {t(B.heatmap.criteriumKop)}{' '}
                  <KaderTekst soort="criterium" nl={item.tekst} code={item.code} />
                </td>
              </tr>
            ) : (
              <tr key={item.rij.indicator} data-rij={item.rij.indicator}>
                <th scope="row" title={item.rij.tekst} className="rijkop">
                  <span className="code">{item.rij.indicator}</span>{' '}
                  <span className="rij-label">
                    <KaderTekst soort="label" nl={item.rij.label} code={item.rij.indicator} />
                  </span>
                  <span className="visually-hidden">
                    : <KaderTekst soort="tekst" nl={item.rij.tekst} code={item.rij.indicator} />
                  </span>
                  {s.titel === null && (
                    <span className="rij-thema">
                      {' '}
                      (<KaderTekst soort="thema" nl={item.rij.thema} />)
                    </span>
                  )}
                </th>
                {item.rij.cellen.map((cel, i) =>
                  cel ? (
                    <td key={cel.aanpak_id}>
                      <CelKnop
                        cel={cel}
                        gedimd={alleenVerbeterpunten && cel.oordeel !== 'verbeterpunt'}
                        inTabVolgorde={celKey(cel.aanpak_id, cel.indicator) === tabCel}
                      />
                    </td>
                  ) : (
                    <td key={`leeg-${i}`} className="leeg" data-aanpak={model.kolommen[i]?.aanpak_id}>
                      <span aria-label={t(B.heatmap.geenOordeel)}>–</span>
                    </td>
                  ),
                )}
                <td className="totaal" data-verbeterpunten={item.rij.totaal.verbeterpunt}>
                  <span className="voldoen">{voldoenTekst(item.rij.totaal, t.taal)}</span>
                  {item.rij.totaal.verbeterpunt > 0 && (
                    <>
                      <span className="punt"> · </span>
                      <span className="aantal-x">
                        {item.rij.totaal.verbeterpunt} X
                        <span className="visually-hidden"> {t(B.heatmap.verbeterpuntHaakjes)}</span>
                      </span>
                    </>
                  )}
                </td>
              </tr>
            ),
          )}
        </tbody>
      ))}
      <tfoot>
        <tr>
          <th scope="row">{t(B.heatmap.totaalPerAanpak)}</th>
          {model.kolommen.map((k) => (
            <td key={k.aanpak_id} className="totaal" data-aanpak-totaal={k.aanpak_id}>
              <span className="voldoen">{voldoenTekst(k.totaal, t.taal)}</span>
              <span className="punt"> · </span>
              <span className="aantal-x">
                {k.totaal.verbeterpunt} X
                <span className="visually-hidden"> {t(B.heatmap.verbeterpuntHaakjes)}</span>
              </span>
            </td>
          ))}
          <td />
        </tr>
      </tfoot>
    </table>
  );
});

/**
 * One cell. A mark shared by a merged block (`data-gedeeld`) gets its sign from styles.css (generated
 * content, so the button's visible text stays the mark; the name says "gedeeld"). Its colours come from the `cel-<oordeel>` and `gedimd` classes in styles.css (the same
 * values as the d3 scales in ./oordeel.ts, checked by a test), not from a style attribute: the CSP
 * (style-src 'self') blocks style attributes in the prerendered HTML.
 */
const CelKnop = memo(function CelKnop({
  cel,
  gedimd,
  inTabVolgorde,
}: {
  cel: HeatmapCel;
  gedimd: boolean;
  inTabVolgorde: boolean;
}) {
  const t = useT();
  const kader = useKaderString();
  // In English, the indicator by our translation, as the row heading shows it.
  const label = celLabel({ ...cel, label: kader('label', cel.label, cel.indicator) }, t.taal);
  return (
    <button
      type="button"
      className={`cel cel-${cel.oordeel}${gedimd ? ' gedimd' : ''}`}
      data-gemeente={cel.gemeente_id}
      data-aanpak={cel.aanpak_id}
      data-indicator={cel.indicator}
      data-oordeel={cel.oordeel}
      data-gedeeld={cel.gedeeld || undefined}
      aria-label={label}
      title={t(B.heatmap.celTitel, { label })}
      tabIndex={inTabVolgorde ? 0 : -1}
    >
      <span aria-hidden="true">{OORDEEL_SYMBOOL[cel.oordeel]}</span>
      {cel.heeft_let_op && (
        <sup aria-hidden="true" className="let-op-teken">
          !
        </sup>
      )}
    </button>
  );
});
