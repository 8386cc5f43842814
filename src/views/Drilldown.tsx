import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { lijstCelSelector } from '../charts/HeatmapLijst';
import { celSelector } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD, oordeelKleuren } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { useDbStatus } from '../hooks/useDbStatus';
import { useQuery } from '../hooks/useQuery';
import {
  celDetail,
  zelfdeIndicator,
  type CelDetail,
  type IndicatorOordeel,
  type Oordeel,
} from '../model/queries';
import { useAppStore, type Cel } from '../store';

/**
 * Put focus back on the heatmap cell of `cel` (the table's button, or the list's on a small screen:
 * whichever is shown), or on the view heading when it is not shown.
 */
function focusTerug(cel: Cel) {
  const knop = [
    ...document.querySelectorAll<HTMLElement>(`${celSelector(cel)}, ${lijstCelSelector(cel)}`),
  ].find((e) => e.getClientRects().length > 0);
  const doel = knop ?? document.querySelector<HTMLElement>('main h2[tabindex]');
  doel?.focus();
}

/**
 * Drill-down for one cell, as a modal dialog: the indicator, the oordeel with bevinding and LET OP,
 * the conclusie of its thema, the source, and the same indicator in every other aanpak.
 * Esc, the close button or a click outside closes it; focus returns to the cell.
 */
export function Drilldown({ cel }: { cel: Cel }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeCel = useAppStore((s) => s.closeCel);
  const laatste = useRef(cel);

  useEffect(() => {
    if (laatste.current === cel) return;
    laatste.current = cel;
    // Another cell was opened from inside the dialog: start reading at its title.
    dialogRef.current?.querySelector<HTMLElement>('#drilldown-titel')?.focus();
    dialogRef.current?.querySelector('.drilldown-inhoud')?.scrollTo?.({ top: 0 });
  }, [cel]);

  useEffect(() => {
    const d = dialogRef.current;
    if (d && !d.open) d.showModal();
    return () => {
      // Runs when the dialog goes away (closed via the store or the URL).
      queueMicrotask(() => focusTerug(laatste.current));
    };
  }, []);

  const detail = useQuery(useMemo(() => celDetail(cel.aanpak, cel.indicator), [cel.aanpak, cel.indicator]));
  const anderen = useQuery(
    useMemo(() => zelfdeIndicator(cel.indicator, cel.aanpak), [cel.aanpak, cel.indicator]),
  );
  const d = detail.status === 'success' ? detail.data[0] : undefined;
  // Opened on the prerendered page before DuckDB is ready: say what we are waiting for.
  const wachtOpDb = useDbStatus().stand === 'laden';

  return (
    <dialog
      ref={dialogRef}
      className="drilldown"
      aria-labelledby="drilldown-titel"
      onCancel={(e) => {
        e.preventDefault();
        closeCel();
      }}
      onClose={() => closeCel()}
      onClick={(e) => {
        if (e.target === e.currentTarget) closeCel();
      }}
    >
      <div className="drilldown-inhoud">
        <header className="drilldown-kop">
          <div>
            <p className="drilldown-context">{d ? `${d.gemeente} · ${d.aanpak}` : 'Bevinding'}</p>
            <h2 id="drilldown-titel" tabIndex={-1}>
              {d ? `${d.indicator} ${d.label}` : `Indicator ${cel.indicator}`}
            </h2>
          </div>
          <button type="button" className="sluiten" onClick={closeCel}>
            Sluiten <span aria-hidden="true">×</span>
          </button>
        </header>
        {detail.status === 'error' ? (
          <Foutmelding error={detail.error} opnieuw={detail.retry} />
        ) : detail.status !== 'success' ? (
          <Laden
            tekst={
              wachtOpDb
                ? 'Bezig met laden… De bevinding en de bron verschijnen zodra de rekenmodule klaar is.'
                : undefined
            }
          />
        ) : !d ? (
          <p role="status">Voor dit vakje zijn geen gegevens gevonden.</p>
        ) : (
          <DetailInhoud d={d} />
        )}
        {d && (
          <section aria-labelledby="anderen-titel" className="anderen">
            <h3 id="anderen-titel">Dezelfde indicator bij de andere aanpakken</h3>
            {anderen.status === 'error' ? (
              <Foutmelding error={anderen.error} opnieuw={anderen.retry} />
            ) : anderen.status !== 'success' ? (
              <Laden />
            ) : (
              <ul className="anderen-lijst">
                {anderen.data.map((o) => (
                  <AnderOordeel key={o.aanpak_id} o={o} />
                ))}
              </ul>
            )}
          </section>
        )}
      </div>
    </dialog>
  );
}

function OordeelBadge({ oordeel }: { oordeel: Oordeel }) {
  return (
    <span className={`badge cel-${oordeel}`} style={oordeelKleuren(oordeel)}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {OORDEEL_WOORD[oordeel]}
    </span>
  );
}

function Blok({ titel, children, className }: { titel: string; children: ReactNode; className?: string }) {
  return (
    <section className={className}>
      <h3>{titel}</h3>
      {children}
    </section>
  );
}

function Tekst({ children }: { children: string }) {
  return <p className="brontekst">{children}</p>;
}

function bronnenLijst(bronnen: string | null): string[] {
  return (bronnen ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function DetailInhoud({ d }: { d: CelDetail }) {
  const conclusie = d.conclusie_goed || d.conclusie_beter || d.conclusie_onbepaald;
  return (
    <>
      <dl className="kader">
        <dt>Indicator</dt>
        <dd>{d.tekst}</dd>
        <dt>Criterium</dt>
        <dd>{d.criterium}</dd>
        <dt>Thema</dt>
        <dd>{d.thema}</dd>
        <dt>Oordeel</dt>
        <dd>
          <OordeelBadge oordeel={d.oordeel} />
        </dd>
      </dl>

      <Blok titel="Bevinding">
        {d.bevinding ? <Tekst>{d.bevinding}</Tekst> : <p>In de bron staat bij dit oordeel geen bevinding.</p>}
        {d.let_op && (
          <div className="let-op">
            <strong>LET OP:</strong> <span className="brontekst">{d.let_op}</span>
          </div>
        )}
        {d.oordeel === 'onduidelijk' && (
          <p className="waarschuwing">
            <strong>Waarom onduidelijk:</strong>{' '}
            {d.reden ?? 'uit de bron is niet af te leiden welk teken hier hoort.'}
          </p>
        )}
        {d.mogelijk_onvolledig && (
          <p className="waarschuwing">
            <strong>Mogelijk onvolledig:</strong> bij het overnemen van de tekst uit de bron zijn mogelijk
            regels weggevallen. Lees de bron voor de volledige tekst.
          </p>
        )}
        {(d.toelichting || d.gedeeld) && (
          <p className="toelichting">
            <strong>Hoe dit oordeel is bepaald:</strong>{' '}
            {d.toelichting ??
              `In de bron staat één teken voor meerdere indicatoren samen (${(d.blok ?? '').split(',').join(', ')}).`}
          </p>
        )}
      </Blok>

      <Blok titel={`Conclusie voor het thema ${d.thema} bij deze aanpak`}>
        {!conclusie && <p>In de bron staat voor dit thema geen conclusie.</p>}
        {d.conclusie_goed && (
          <div className="conclusie conclusie-goed">
            <h4>Wat gaat goed</h4>
            <Tekst>{d.conclusie_goed}</Tekst>
          </div>
        )}
        {d.conclusie_beter && (
          <div className="conclusie conclusie-beter">
            <h4>Wat kan beter</h4>
            <Tekst>{d.conclusie_beter}</Tekst>
          </div>
        )}
        {d.conclusie_onbepaald && (
          <div className="conclusie conclusie-onbepaald">
            <h4>
              Conclusie (uit de bron niet af te leiden of dit onder &lsquo;wat gaat goed&rsquo; of &lsquo;wat
              kan beter&rsquo; valt)
            </h4>
            <Tekst>{d.conclusie_onbepaald}</Tekst>
          </div>
        )}
      </Blok>

      <Blok titel="Bron" className="bron">
        <p>
          Factsheet &lsquo;Uitkomsten toezichtonderzoek {d.gemeente}&rsquo; van Samenwerkend Toezicht Jeugd
          {d.maand_in_document ? ` (${d.maand_in_document.toLowerCase()})` : ''}.
        </p>
        <ul>
          {d.bron_bestand && (
            <li>
              Bestand <code>{d.bron_bestand}</code>
              {d.bron_van !== null && d.bron_tot !== null && (
                <>
                  , regels {d.bron_van}–{d.bron_tot}
                </>
              )}
              {d.teken_regel !== null && <>, teken op regel {d.teken_regel}</>}
            </li>
          )}
          {bronnenLijst(d.bronnen)
            .filter((b) => !d.bron_bestand || !b.startsWith(`${d.bron_bestand}:`))
            .map((b) => (
              <li key={b}>
                Ook in <code>{b}</code>
              </li>
            ))}
        </ul>
      </Blok>
    </>
  );
}

function AnderOordeel({ o }: { o: IndicatorOordeel }) {
  const openCel = useAppStore((s) => s.openCel);
  return (
    <li className="ander" data-aanpak={o.aanpak_id} data-oordeel={o.oordeel}>
      <h4>
        {o.gemeente}: {o.aanpak}
      </h4>
      <OordeelBadge oordeel={o.oordeel} />
      {o.heeft_let_op && (
        <p className="let-op">
          <strong>Met LET OP</strong> (zie het vakje)
        </p>
      )}
      {o.oordeel === 'onduidelijk' && o.reden && (
        <p className="waarschuwing">Waarom onduidelijk: {o.reden}</p>
      )}
      <button
        type="button"
        className="link-knop"
        onClick={() => openCel({ aanpak: o.aanpak_id, indicator: o.indicator })}
      >
        Open dit vakje
        <span className="visually-hidden">
          {' '}
          ({o.gemeente}, {o.aanpak})
        </span>
      </button>
    </li>
  );
}
