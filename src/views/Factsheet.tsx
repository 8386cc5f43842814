import { Fragment, useMemo, type ReactNode } from 'react';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { BRON_VERMELDING } from '../model/openData';
import { heatmapCellen, type HeatmapCel } from '../model/queries';
import { toetsingskader } from '../model/queries-methode';
import { aanpakkenVan, conclusiesPerThema, gemeenteContext } from '../model/queries-vergelijken';
import { B, Rijk, useBronLang, useT } from '../i18n';
import { appStore, useAppStore } from '../store';

const F = B.factsheet;
import './Factsheet.css';
import { BronLink, bronPlekken } from './BronLink';
import { OnbepaaldNoot } from './ConclusieNoot';
import { KaderTekst, useKaderString } from '../components/KaderTekst';
import { ViewLink } from './ViewLink';

/**
 * One gemeente on one or two A4 pages (`?weergave=factsheet&gemeente=emmen`): context figures, the
 * oordelen of its aanpakken (symbols, not only colour) and the conclusies per thema. Without a
 * gemeente: a list to choose from.
 */
export function FactsheetView() {
  const catalog = useAppStore((s) => s.catalog);
  const gekozen = useAppStore((s) => s.filters.gemeenten);
  const gemeente = gekozen.length === 1 ? gekozen[0] : undefined;
  const t = useT();

  return (
    <section aria-labelledby="factsheet-titel" className="view factsheet">
      {gemeente ? (
        <FactsheetGemeente gemeente={gemeente} />
      ) : (
        <>
          <h2 id="factsheet-titel" tabIndex={-1}>
            {t(B.app.viewFactsheet)}
          </h2>
          <p className="intro">{t(F.intro)}</p>
          <ul className="factsheet-keuze">
            {catalog?.gemeenten.map((g) => (
              <li key={g.gemeente_id}>
                <FactsheetLink id={g.gemeente_id}>{t(F.factsheetVan, { naam: g.naam })}</FactsheetLink>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FactsheetLink({ id, children }: { id: string; children: ReactNode }) {
  const kies = () =>
    appStore.setState((s) => ({ view: 'factsheet', cel: null, filters: { ...s.filters, gemeenten: [id] } }));
  return (
    <ViewLink
      naar={(s) => ({ ...s, view: 'factsheet', cel: null, filters: { ...s.filters, gemeenten: [id] } })}
      onKies={kies}
    >
      {children}
    </ViewLink>
  );
}

function FactsheetGemeente({ gemeente }: { gemeente: string }) {
  const lijst = useMemo(() => [gemeente], [gemeente]);
  const context = useQuery(useMemo(() => gemeenteContext(lijst), [lijst]));
  const aanpakken = useQuery(useMemo(() => aanpakkenVan(lijst), [lijst]));
  const cellen = useQuery(useMemo(() => heatmapCellen({ gemeenten: lijst }), [lijst]));
  const kader = useQuery(useMemo(() => toetsingskader(), []));
  const conclusies = useQuery(useMemo(() => conclusiesPerThema({ gemeenten: lijst }), [lijst]));
  const error = firstError(context, aanpakken, cellen, kader, conclusies);
  const naam = context.status === 'success' ? context.data[0]?.naam : undefined;
  const tr = useT();
  const nl = useBronLang();
  const kaderS = useKaderString();

  const celMap = useMemo(() => {
    const m = new Map<string, HeatmapCel>();
    if (cellen.status === 'success') for (const c of cellen.data) m.set(`${c.aanpak_id}~${c.indicator}`, c);
    return m;
  }, [cellen]);

  const titel = (
    <h2 id="factsheet-titel" tabIndex={-1}>
      {tr(F.factsheetVan, { naam: naam ?? '' })}
      <span className="factsheet-sub">{tr(F.sub)}</span>
    </h2>
  );
  if (error)
    return (
      <>
        {titel}
        <Foutmelding error={error} />
      </>
    );
  if (
    context.status !== 'success' ||
    aanpakken.status !== 'success' ||
    cellen.status !== 'success' ||
    kader.status !== 'success' ||
    conclusies.status !== 'success'
  )
    return (
      <>
        {titel}
        <Laden />
      </>
    );
  const g = context.data[0];
  const aps = aanpakken.data;
  const telling = (id: string) => {
    const t = { voldoet: 0, verbeterpunt: 0, onduidelijk: 0 };
    for (const c of cellen.data) if (c.aanpak_id === id) t[c.oordeel]++;
    return t;
  };
  const themas = [...new Map(conclusies.data.map((c) => [c.thema_code, c.thema])).entries()];

  return (
    <>
      {titel}
      <p className="factsheet-acties">
        <button type="button" onClick={() => window.print()}>
          {tr(F.afdrukken)}
        </button>
      </p>
      <p className="factsheet-let-op">
        <Rijk m={F.letOp} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      <div className="factsheet-kop">
        <dl className="factsheet-cijfers" data-testid="factsheet-context">
          <div>
            <dt>{tr(F.inwoners)}</dt>
            <dd lang={g?.inwoners_tekst ? nl : undefined}>
              {g?.inwoners_tekst ?? tr(B.vergelijken.nietVermeld)}
            </dd>
          </div>
          <div>
            <dt>{tr(F.huishoudens)}</dt>
            <dd lang={g?.huishoudens_tekst ? nl : undefined}>
              {g?.huishoudens_tekst ?? tr(B.vergelijken.nietVermeld)}
            </dd>
          </div>
          <div>
            <dt>{tr(F.ggsrGeschat)}</dt>
            <dd lang={g?.ggsr_tekst ? nl : undefined}>{g?.ggsr_tekst ?? tr(B.vergelijken.nietVermeld)}</dd>
          </div>
        </dl>
        <ul className="factsheet-aanpakken">
          {aps.map((a) => {
            const t = telling(a.aanpak_id);
            return (
              <li key={a.aanpak_id}>
                <strong lang={nl}>{a.naam}</strong>:{' '}
                {tr(F.aanpakTelling, {
                  voldoet: t.voldoet,
                  verbeterpunten: tr.n(F.verbeterpunten, t.verbeterpunt),
                  onduidelijk: t.onduidelijk ? tr(F.onduidelijk, { n: t.onduidelijk }) : '',
                })}
                {a.aantal_gezinnen_tekst && (
                  <span className="fs-gezinnen" lang={nl}>
                    {' '}
                    {a.aantal_gezinnen_tekst}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>

      <h3>{tr(F.oordelenPerIndicator)}</h3>
      <p className="factsheet-legenda">
        <span className="fs-teken cel-voldoet" aria-hidden="true">
          {OORDEEL_SYMBOOL.voldoet}
        </span>{' '}
        {tr(OORDEEL_WOORD.voldoet)}{' '}
        <span className="fs-teken cel-verbeterpunt" aria-hidden="true">
          {OORDEEL_SYMBOOL.verbeterpunt}
        </span>{' '}
        {tr(OORDEEL_WOORD.verbeterpunt)}{' '}
        <span className="fs-teken cel-onduidelijk" aria-hidden="true">
          {OORDEEL_SYMBOOL.onduidelijk}
        </span>{' '}
        {tr(OORDEEL_WOORD.onduidelijk)}{' '}
        <span className="fs-teken" aria-hidden="true">
          <sup className="let-op-teken">!</sup>
        </span>{' '}
        {tr(B.heatmap.legendaLetOp)}
      </p>
      <div className="fs-heatmap-wrap" tabIndex={0} role="region" aria-label={tr(F.oordelenPerIndicator)}>
        <table className="factsheet-heatmap" data-testid="factsheet-heatmap">
          <caption className="visually-hidden">{tr(F.caption, { naam: g?.naam ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(B.heatmap.indicator)}</th>
              {aps.map((a) => (
                <th scope="col" key={a.aanpak_id} lang={nl}>
                  {a.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {kader.data.map((i, n) => {
              const nieuwThema = n === 0 || kader.data[n - 1]?.thema_code !== i.thema_code;
              return (
                <Fragment key={i.code}>
                  {nieuwThema && (
                    <tr className="fs-thema">
                      <th scope="colgroup" colSpan={aps.length + 1}>
                        <KaderTekst soort="thema" nl={i.thema} code={i.thema_code} />
                      </th>
                    </tr>
                  )}
                  <tr data-indicator={i.code}>
                    <th scope="row">
                      <span className="fs-code">{i.code}</span>{' '}
                      <KaderTekst soort="label" nl={i.label} code={i.code} />
                    </th>
                    {aps.map((a) => {
                      const c = celMap.get(`${a.aanpak_id}~${i.code}`);
                      const bestand = bronPlekken(a.bron)[0]?.bestand;
                      const inhoud = c && (
                        <>
                          <span aria-hidden="true">{OORDEEL_SYMBOOL[c.oordeel]}</span>
                          {c.heeft_let_op && (
                            <sup aria-hidden="true" className="let-op-teken">
                              !
                            </sup>
                          )}
                          <span className="visually-hidden">
                            {tr(OORDEEL_WOORD[c.oordeel])}
                            {c.heeft_let_op && tr(B.app.metLetOp)}
                            {bestand && `. ${tr(B.bron.bekijkBron)}`}
                          </span>
                        </>
                      );
                      return c ? (
                        <td
                          key={a.aanpak_id}
                          className={`fs-cel cel-${c.oordeel}`}
                          data-oordeel={c.oordeel}
                          data-let-op={c.heeft_let_op ? '' : undefined}
                        >
                          {bestand ? (
                            <BronLink
                              bestand={bestand}
                              oordeel={{ aanpak: a.aanpak_id, indicator: i.code }}
                              className="fs-bron"
                            >
                              {inhoud}
                            </BronLink>
                          ) : (
                            inhoud
                          )}
                        </td>
                      ) : (
                        <td key={a.aanpak_id}>–</td>
                      );
                    })}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{tr(F.conclusiesTitel)}</h3>
      {conclusies.data.some((c) => c.onbepaald) && <OnbepaaldNoot />}
      <div className="factsheet-conclusies">
        {themas.map(([code, thema]) => (
          <section
            key={code}
            aria-label={tr(F.conclusiesVan, { thema: kaderS('thema', thema, code) })}
            className="fs-conclusie"
          >
            <h4>
              <KaderTekst soort="thema" nl={thema} code={code} />
            </h4>
            {conclusies.data
              .filter((c) => c.thema_code === code)
              .map((c) => (
                <div key={c.aanpak_id}>
                  {aps.length > 1 && (
                    <p className="fs-aanpak" lang={nl}>
                      {c.aanpak}
                    </p>
                  )}
                  {c.goed && (
                    <p>
                      <strong>{tr(F.watGaatGoed)}</strong> <span lang={nl}>{c.goed}</span>
                    </p>
                  )}
                  {c.beter && (
                    <p>
                      <strong>{tr(F.watKanBeter)}</strong> <span lang={nl}>{c.beter}</span>
                    </p>
                  )}
                  {c.onbepaald && (
                    <p>
                      <strong>{tr(B.drilldown.conclusieOnbepaald)}:</strong>{' '}
                      <span lang={nl}>{c.onbepaald}</span>
                    </p>
                  )}
                  {!c.goed && !c.beter && !c.onbepaald && <p>{tr(F.geenConclusie)}</p>}
                </div>
              ))}
          </section>
        ))}
      </div>
      <p className="factsheet-bron">
        <Rijk m={F.bron} waarden={{ bron: <span lang={nl}>{BRON_VERMELDING}</span> }} />
      </p>
    </>
  );
}
