import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../../charts/oordeel';
import type { Oordeel } from '../../model/queries';
import type { BevindingRij } from '../../model/queries-bevindingen';
import { useAppStore } from '../../store';
import { B, useBronLang, useT, type Tekst } from '../../i18n';
import { RijBronLink } from '../BronLink';
import { markeerDelen } from '../markeer';

const M = B.bevindingen;

export function OordeelBadge({ oordeel }: { oordeel: Oordeel }) {
  const t = useT();
  return (
    <span className={`badge cel-${oordeel}`}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {t(OORDEEL_WOORD[oordeel])}
    </span>
  );
}

export function IndicatorKnop({ r }: { r: BevindingRij }) {
  const openCel = useAppStore((s) => s.openCel);
  const t = useT();
  const nl = useBronLang();
  return (
    <button
      type="button"
      className="link-knop"
      data-aanpak={r.aanpak_id}
      data-indicator={r.indicator}
      onClick={() => openCel({ aanpak: r.aanpak_id, indicator: r.indicator })}
    >
      <span className="bev-code">{r.indicator}</span> <span lang={nl}>{r.label}</span>
      <span className="visually-hidden"> {t(M.detailsBij, { gemeente: r.gemeente, aanpak: r.aanpak })}</span>
    </button>
  );
}

/** The text with the search matches in <mark>. */
export function Markeer({ tekst, zoek }: { tekst: string; zoek: string }) {
  return (
    <>
      {markeerDelen(tekst, zoek).map(([deel, treffer], i) =>
        treffer ? (
          <mark key={i} className="bev-mark">
            {deel}
          </mark>
        ) : (
          deel
        ),
      )}
    </>
  );
}

export function BevindingTekst({ r, zoek }: { r: BevindingRij; zoek: string }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <>
      {r.bevinding ? (
        <span className="brontekst" lang={nl}>
          <Markeer tekst={r.bevinding} zoek={zoek} />
        </span>
      ) : (
        <span className="bev-leeg">{t(M.geenBevinding)}</span>
      )}
      {(r.gedeeld || r.mogelijk_onvolledig) && (
        <span className="bev-labels">
          {r.gedeeld && <span className="bev-label">{t(M.gedeeldTeken)}</span>}
          {r.mogelijk_onvolledig && (
            <span className="bev-label bev-label-let-op">{t(M.mogelijkOnvolledig)}</span>
          )}
        </span>
      )}
      <RijBronLink
        bron={r.bron}
        gemeente={r.gemeente}
        aanpak={r.aanpak}
        aanpakId={r.aanpak_id}
        indicator={r.indicator}
      />
    </>
  );
}

/** The column ids and their headings, in table order. */
export const KOL_NAAM: Readonly<Record<string, Tekst>> = {
  gemeente: M.kolGemeente,
  aanpak: M.kolAanpak,
  thema: M.kolThema,
  criterium: M.kolCriterium,
  indicator: M.kolIndicator,
  oordeel: M.kolOordeel,
  let_op: M.kolLetOp,
  bevinding: M.kolBevinding,
};

/** A column header (TanStack calls it as a component, so it follows the language). */
export function KolomKop({ id }: { id: string }) {
  const t = useT();
  const m = KOL_NAAM[id];
  return <>{m ? t(m) : id}</>;
}

/** A cell with Dutch source text (aanpak, thema, criterium names, LET OP), search matches marked. */
export function BronCel({ tekst, zoek }: { tekst: string; zoek?: string }) {
  const nl = useBronLang();
  return zoek === undefined ? (
    <span lang={nl}>{tekst}</span>
  ) : (
    <span className="brontekst" lang={nl}>
      <Markeer tekst={tekst} zoek={zoek} />
    </span>
  );
}
