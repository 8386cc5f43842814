import { useEffect, useMemo, useRef, useState } from 'react';
import { verbeterpuntUitkomst } from '../charts/rankingModel';
import { SchaalFilters } from '../components/SchaalFilters';
import { Foutmelding, Laden } from '../components/Status';
import { useDbStatus } from '../hooks/useDbStatus';
import { useQuery } from '../hooks/useQuery';
import { ranking } from '../model/queries';
import { INDICATOR_PER_PAGINA, indicatorOordelenVan } from '../model/queries-schaal';
import { indicatorOordelen, type IndicatorAanpakOordeel } from '../model/queries-vergelijken';
import { criteriumOf, isIndicatorCode, indicator, themaOf } from '../model/toetsingskader';
import { B, useT } from '../i18n';
import { useAppStore, type Catalog } from '../store';
import { isLandelijk, selectie, type Selectie } from '../store/schaal';

import { KaderTekst } from '../components/KaderTekst';
import { AanpakOordeel } from './IndicatorAanpak';
import { IndicatorKiezer } from './IndicatorKiezer';
import { ViewLink } from './ViewLink';
import './Indicator.css';

const I = B.indicator;
const D = B.drilldown;

/**
 * One indicator across all aanpakken (`?weergave=indicator&indicator=A9`): the text from the
 * toetsingskader, then per gemeente every aanpak's oordeel, bevinding and LET OP side by side, with the
 * lines of the source and a button that opens the drill-down of that cell.
 */
export function IndicatorView() {
  const code = useAppStore((s) => s.indicator);
  const geldig = code !== null && isIndicatorCode(code);
  const kopRef = useRef<HTMLHeadingElement>(null);
  const t = useT();

  useEffect(() => {
    // Arriving from a link that has disappeared (e.g. a ranking row): start reading at the title.
    const actief = document.activeElement;
    if (!actief || actief === document.body) {
      kopRef.current?.focus({ preventScroll: true });
      window.scrollTo?.({ top: 0 });
    }
  }, [code]);

  const info = geldig ? indicator(code) : null;
  return (
    <section aria-labelledby="indicator-titel" className="view indicator-view">
      <p className="indicator-terug">
        <TerugLink />
      </p>
      <h2 id="indicator-titel" tabIndex={-1} ref={kopRef}>
        {info ? (
          <>
            <span className="indicator-code">{info.code}</span>{' '}
            <KaderTekst soort="label" nl={info.label} code={info.code} />
          </>
        ) : (
          t(I.eenIndicator)
        )}
      </h2>
      <IndicatorKiezer huidig={geldig ? code : null} />
      {info ? (
        <IndicatorInhoud code={info.code} />
      ) : (
        <p className="melding" role="status">
          {t(I.kiesHierboven)}
        </p>
      )}
    </section>
  );
}

function TerugLink() {
  const setView = useAppStore((s) => s.setView);
  const t = useT();
  return (
    <ViewLink naar={(s) => ({ ...s, view: 'ranking', cel: null })} onKies={() => setView('ranking')}>
      <span aria-hidden="true">← </span>
      {t(I.terug)}
    </ViewLink>
  );
}

interface GemeenteGroep {
  gemeente_id: string;
  gemeente: string;
  oordelen: IndicatorAanpakOordeel[];
}

function groepeer(rows: readonly IndicatorAanpakOordeel[]): GemeenteGroep[] {
  const groepen: GemeenteGroep[] = [];
  for (const r of rows) {
    const laatste = groepen.at(-1);
    if (laatste && laatste.gemeente_id === r.gemeente_id) laatste.oordelen.push(r);
    else groepen.push({ gemeente_id: r.gemeente_id, gemeente: r.gemeente, oordelen: [r] });
  }
  return groepen;
}

const GEEN_RIJEN: readonly IndicatorAanpakOordeel[] = [];

/** The gemeenten a selection narrows to (a gemeente, or a provincie's); empty for all of Nederland. */
function gebiedVan(catalog: Catalog | null, sel: Selectie): string[] {
  if (sel.gemeenten.length) return [...sel.gemeenten];
  if (sel.provincie === null) return [];
  return (catalog?.gemeenten ?? []).filter((g) => g.provincie === sel.provincie).map((g) => g.gemeente_id);
}

function IndicatorInhoud({ code }: { code: string }) {
  const catalog = useAppStore((s) => s.catalog);
  const filters = useAppStore((s) => s.filters);
  const extra = useAppStore((s) => s.extra);
  // A national dataset (#4): the totals come from SQL, the list only for a chosen provincie or
  // gemeente, page by page, so the page never holds thousands of aanpakken or every text part.
  const landelijk = isLandelijk(catalog);
  const sel = useMemo(() => selectie(catalog, filters, extra), [catalog, filters, extra]);
  const gebied = useMemo(() => gebiedVan(catalog, sel), [catalog, sel]);
  const gebiedKey = `${code}|${sel.jaar}|${gebied.join(',')}`;
  const [paginaVan, setPagina] = useState<[string, number]>([gebiedKey, 0]);
  const pagina = paginaVan[0] === gebiedKey ? paginaVan[1] : 0;
  const uit = useDbStatus().stand !== 'klaar';

  const info = indicator(code);
  const t = useT();
  const q = useQuery(
    useMemo(
      () =>
        !landelijk
          ? indicatorOordelen(code)
          : gebied.length
            ? indicatorOordelenVan(code, gebied, sel.jaar, pagina)
            : null,
      [landelijk, code, gebied, sel.jaar, pagina],
    ),
  );
  const telling = useQuery(
    useMemo(
      () =>
        landelijk
          ? ranking({
              gemeenten: sel.gemeenten,
              ...(sel.jaar !== null ? { jaar: sel.jaar } : {}),
              ...(sel.provincie !== null ? { provincies: [sel.provincie] } : {}),
            })
          : null,
      [landelijk, sel],
    ),
  );
  const qData = q.status === 'success' ? q.data : null;
  const rows = useMemo(
    () => qData ?? (landelijk && !gebied.length ? GEEN_RIJEN : null),
    [qData, landelijk, gebied],
  );
  const groepen = useMemo(() => (rows ? groepeer(rows) : []), [rows]);
  const zin = useMemo(() => {
    if (landelijk) {
      const r = telling.status === 'success' ? telling.data.find((x) => x.indicator === code) : undefined;
      return r
        ? verbeterpuntUitkomst(
            {
              aanpakken: r.aanpakken,
              verbeterpunt: r.aanpakken_verbeterpunt,
              onduidelijk: r.aanpakken_onduidelijk,
              gemeenten: r.gemeenten,
              gemeentenVerbeterpunt: r.gemeenten_verbeterpunt,
            },
            t.taal,
          )
        : null;
    }
    if (!rows) return null;
    const gemeenten = new Set(rows.map((r) => r.gemeente_id));
    const metX = new Set(rows.filter((r) => r.oordeel === 'verbeterpunt').map((r) => r.gemeente_id));
    return verbeterpuntUitkomst(
      {
        aanpakken: rows.length,
        verbeterpunt: rows.filter((r) => r.oordeel === 'verbeterpunt').length,
        onduidelijk: rows.filter((r) => r.oordeel === 'onduidelijk').length,
        gemeenten: gemeenten.size,
        gemeentenVerbeterpunt: metX.size,
      },
      t.taal,
    );
  }, [rows, landelijk, telling, code, t.taal]);

  return (
    <>
      <dl className="indicator-kader">
        <dt>{t(D.indicator)}</dt>
        <dd>
          <KaderTekst soort="tekst" nl={info.tekst} code={code} />
        </dd>
        <dt>{t(D.criterium)}</dt>
        <dd>
          <KaderTekst soort="criterium" nl={criteriumOf(code).tekst} code={criteriumOf(code).code} />
        </dd>
        <dt>{t(D.thema)}</dt>
        <dd>
          <KaderTekst soort="thema" nl={themaOf(code).naam} code={themaOf(code).code} />:{' '}
          <KaderTekst soort="omschrijving" nl={themaOf(code).omschrijving} code={themaOf(code).code} />
        </dd>
      </dl>
      {landelijk && (
        <form
          className="filters indicator-gebied"
          aria-label={t(I.gebied)}
          onSubmit={(e) => e.preventDefault()}
        >
          <SchaalFilters uit={uit} gebied jaar />
        </form>
      )}
      {landelijk && zin && (
        <p className="indicator-samenvatting">
          <KaderTekst soort="label" nl={info.label} code={info.code} />: {zin}.
        </p>
      )}
      {landelijk && !gebied.length ? (
        <p className="melding" role="status">
          {t(I.kiesGebied)}
        </p>
      ) : q.status === 'error' ? (
        <Foutmelding error={q.error} opnieuw={q.retry} />
      ) : !rows ? (
        <Laden />
      ) : rows.length === 0 ? (
        <p className="melding" role="status">
          {t(I.geenOordelen)}
        </p>
      ) : (
        <>
          {!landelijk && (
            <p className="indicator-samenvatting">
              <KaderTekst soort="label" nl={info.label} code={info.code} />: {zin}.
            </p>
          )}
          <p className="indicator-uitleg">{t(I.uitleg)}</p>
          <div className="indicator-gemeenten">
            {groepen.map((g) => (
              <section
                key={g.gemeente_id}
                className={`indicator-gemeente groei-${Math.min(g.oordelen.length, 8)}`}
                aria-labelledby={`indicator-gemeente-${g.gemeente_id}`}
                data-gemeente={g.gemeente_id}
              >
                <h3 id={`indicator-gemeente-${g.gemeente_id}`}>{g.gemeente}</h3>
                <ul className="indicator-aanpakken">
                  {g.oordelen.map((o) => (
                    <AanpakOordeel key={o.aanpak_id} o={o} />
                  ))}
                </ul>
              </section>
            ))}
          </div>
          {landelijk && (pagina > 0 || rows.length === INDICATOR_PER_PAGINA) && (
            <nav className="indicator-paginas" aria-label={t(B.schaal.paginas)}>
              <button
                type="button"
                disabled={pagina === 0}
                onClick={() => setPagina([gebiedKey, pagina - 1])}
              >
                {t(B.schaal.vorige, { n: INDICATOR_PER_PAGINA })}
              </button>{' '}
              <span>{t(B.schaal.pagina, { n: pagina + 1 })}</span>{' '}
              <button
                type="button"
                disabled={rows.length < INDICATOR_PER_PAGINA}
                onClick={() => setPagina([gebiedKey, pagina + 1])}
              >
                {t(B.schaal.volgende, { n: INDICATOR_PER_PAGINA })}
              </button>
            </nav>
          )}
        </>
      )}
    </>
  );
}
