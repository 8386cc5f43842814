import { Fragment, useMemo, type ReactNode } from 'react';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { BRON_VERMELDING } from '../model/openData';
import { heatmapCellen, type HeatmapCel } from '../model/queries';
import { toetsingskader } from '../model/queries-bevindingen';
import { aanpakkenVan, conclusiesPerThema, gemeenteContext } from '../model/queries-vergelijken';
import { appStore, useAppStore } from '../store';
import './Factsheet.css';
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

  return (
    <section aria-labelledby="factsheet-titel" className="view factsheet">
      {gemeente ? (
        <FactsheetGemeente gemeente={gemeente} />
      ) : (
        <>
          <h2 id="factsheet-titel" tabIndex={-1}>
            Factsheet per gemeente
          </h2>
          <p className="intro">
            Een overzicht van één gemeente om af te drukken of op te slaan als PDF (één of twee pagina&apos;s
            A4). Kies een gemeente:
          </p>
          <ul className="factsheet-keuze">
            {catalog?.gemeenten.map((g) => (
              <li key={g.gemeente_id}>
                <FactsheetLink id={g.gemeente_id}>Factsheet {g.naam}</FactsheetLink>
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

  const celMap = useMemo(() => {
    const m = new Map<string, HeatmapCel>();
    if (cellen.status === 'success') for (const c of cellen.data) m.set(`${c.aanpak_id}~${c.indicator}`, c);
    return m;
  }, [cellen]);

  const titel = (
    <h2 id="factsheet-titel" tabIndex={-1}>
      Factsheet {naam ?? ''}
      <span className="factsheet-sub"> · toezicht GGSR, november 2013</span>
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
          Afdrukken of opslaan als PDF
        </button>
      </p>
      <p className="factsheet-let-op">
        <strong>Bevindingen uit november 2013</strong>, van vóór de Jeugdwet van 2015. De situatie kan nu
        anders zijn.
      </p>
      <div className="factsheet-kop">
        <dl className="factsheet-cijfers" data-testid="factsheet-context">
          <div>
            <dt>Inwoners</dt>
            <dd>{g?.inwoners_tekst ?? 'niet vermeld'}</dd>
          </div>
          <div>
            <dt>Huishoudens</dt>
            <dd>{g?.huishoudens_tekst ?? 'niet vermeld'}</dd>
          </div>
          <div>
            <dt>Gezinnen met geringe sociale redzaamheid (geschat)</dt>
            <dd>{g?.ggsr_tekst ?? 'niet vermeld'}</dd>
          </div>
        </dl>
        <ul className="factsheet-aanpakken">
          {aps.map((a) => {
            const t = telling(a.aanpak_id);
            return (
              <li key={a.aanpak_id}>
                <strong>{a.naam}</strong>: {t.voldoet} keer voldoet, {t.verbeterpunt}{' '}
                {t.verbeterpunt === 1 ? 'verbeterpunt' : 'verbeterpunten'}
                {t.onduidelijk ? `, ${t.onduidelijk} onduidelijk` : ''}.
                {a.aantal_gezinnen_tekst && <span className="fs-gezinnen"> {a.aantal_gezinnen_tekst}</span>}
              </li>
            );
          })}
        </ul>
      </div>

      <h3>Oordelen per indicator</h3>
      <p className="factsheet-legenda">
        <span className="fs-teken cel-voldoet" aria-hidden="true">
          {OORDEEL_SYMBOOL.voldoet}
        </span>{' '}
        voldoet{' '}
        <span className="fs-teken cel-verbeterpunt" aria-hidden="true">
          {OORDEEL_SYMBOOL.verbeterpunt}
        </span>{' '}
        verbeterpunt{' '}
        <span className="fs-teken cel-onduidelijk" aria-hidden="true">
          {OORDEEL_SYMBOOL.onduidelijk}
        </span>{' '}
        onduidelijk
      </p>
      <div className="fs-heatmap-wrap" tabIndex={0} role="region" aria-label="Oordelen per indicator">
        <table className="factsheet-heatmap" data-testid="factsheet-heatmap">
          <caption className="visually-hidden">Oordelen van de aanpakken van {g?.naam} per indicator</caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              {aps.map((a) => (
                <th scope="col" key={a.aanpak_id}>
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
                        {i.thema}
                      </th>
                    </tr>
                  )}
                  <tr data-indicator={i.code}>
                    <th scope="row">
                      <span className="fs-code">{i.code}</span> {i.label}
                    </th>
                    {aps.map((a) => {
                      const c = celMap.get(`${a.aanpak_id}~${i.code}`);
                      return c ? (
                        <td key={a.aanpak_id} className={`fs-cel cel-${c.oordeel}`} data-oordeel={c.oordeel}>
                          <span aria-hidden="true">{OORDEEL_SYMBOOL[c.oordeel]}</span>
                          <span className="visually-hidden">{OORDEEL_WOORD[c.oordeel]}</span>
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

      <h3>Conclusies van STJ per thema</h3>
      <div className="factsheet-conclusies">
        {themas.map(([code, thema]) => (
          <section key={code} aria-label={`Conclusies ${thema}`} className="fs-conclusie">
            <h4>{thema}</h4>
            {conclusies.data
              .filter((c) => c.thema_code === code)
              .map((c) => (
                <div key={c.aanpak_id}>
                  {aps.length > 1 && <p className="fs-aanpak">{c.aanpak}</p>}
                  {c.goed && (
                    <p>
                      <strong>Wat gaat goed:</strong> {c.goed}
                    </p>
                  )}
                  {c.beter && (
                    <p>
                      <strong>Wat kan beter:</strong> {c.beter}
                    </p>
                  )}
                  {c.onbepaald && (
                    <p>
                      <strong>Conclusie</strong> (in de bron niet te zien of dit goed of beter is):{' '}
                      {c.onbepaald}
                    </p>
                  )}
                  {!c.goed && !c.beter && !c.onbepaald && <p>Geen conclusie in de factsheet.</p>}
                </div>
              ))}
          </section>
        ))}
      </div>
      <p className="factsheet-bron">
        Bron: {BRON_VERMELDING}. Gemaakt met het dashboard &lsquo;Toezicht GGSR 2013&rsquo;.
      </p>
    </>
  );
}
