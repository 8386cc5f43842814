import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { celSelector } from '../charts/HeatmapTable';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { Foutmelding, Laden } from '../components/Status';
import { useDbStatus } from '../hooks/useDbStatus';
import { useQuery } from '../hooks/useQuery';
import {
  celDetail,
  zelfdeIndicator,
  type CelDetail,
  type IndicatorOordeel,
  OORDELEN,
  type Oordeel,
} from '../model/queries';
import { B, getal, Rijk, useBronLang, useT, useTaal } from '../i18n';
import { useAppStore, type Cel } from '../store';
import { leesGaten } from '../model/gaten';
import { NlTag } from './BegripLink';
import { BronVermelding, OordeelBronLink } from './BronLink';
import { GatTekst, GatUitleg } from './GatTekst';
import { OnbepaaldNoot } from './ConclusieNoot';
import { KaderTekst, VertalingNoot } from '../components/KaderTekst';
import { IndicatorLink } from './ViewLink';

const D = B.drilldown;

/** Put focus back on the heatmap cell of `cel`, or on the view heading when it is not shown. */
function focusTerug(cel: Cel) {
  const knop = [...document.querySelectorAll<HTMLElement>(celSelector(cel))].find(
    (e) => e.getClientRects().length > 0,
  );
  const doel = knop ?? document.querySelector<HTMLElement>('main h2[tabindex]');
  doel?.focus();
}

/** Whether the dialog is open as a modal (`:modal`; where the browser lacks it, whether it is open). */
function isModaal(d: HTMLDialogElement): boolean {
  try {
    return d.matches(':modal');
  } catch {
    return d.open;
  }
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
    // A prerendered drill-down page (#14) has the dialog open already, so it reads without a script;
    // now it becomes modal. Removing the attribute fires no close event.
    if (d && !isModaal(d)) {
      d.removeAttribute('open');
      d.showModal();
    }
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
  const t = useT();
  const nl = useBronLang();

  return (
    <dialog
      ref={dialogRef}
      className="drilldown"
      aria-labelledby="drilldown-titel"
      onCancel={(e) => {
        e.preventDefault();
        closeCel();
      }}
      onClose={(e) => {
        if (!e.currentTarget.open) closeCel();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) closeCel();
      }}
    >
      <div className="drilldown-inhoud">
        <header className="drilldown-kop">
          <div>
            <p className="drilldown-context">
              {d ? (
                <>
                  {d.gemeente} · <span lang={nl}>{d.aanpak}</span>
                </>
              ) : (
                t(D.bevinding)
              )}
            </p>
            <h2 id="drilldown-titel" tabIndex={-1}>
              {d ? (
                <>
                  {d.indicator} <KaderTekst soort="label" nl={d.label} code={d.indicator} />
                </>
              ) : (
                t(D.indicatorCode, { code: cel.indicator })
              )}
            </h2>
          </div>
          <button type="button" className="sluiten" onClick={closeCel}>
            {t(D.sluiten)} <span aria-hidden="true">×</span>
          </button>
        </header>
        <VertalingNoot />
        {detail.status === 'error' ? (
          <Foutmelding error={detail.error} opnieuw={detail.retry} />
        ) : detail.status !== 'success' ? (
          <Laden tekst={wachtOpDb ? t(D.wachtOpDb) : undefined} />
        ) : !d ? (
          <p role="status">{t(D.geenGegevens)}</p>
        ) : (
          <DetailInhoud d={d} />
        )}
        {d && (
          <section aria-labelledby="anderen-titel" className="anderen">
            <h3 id="anderen-titel">{t(D.anderenTitel)}</h3>
            {anderen.status === 'error' ? (
              <Foutmelding error={anderen.error} opnieuw={anderen.retry} />
            ) : anderen.status !== 'success' ? (
              <Laden />
            ) : (
              <Anderen
                lijst={anderen.data}
                gemeenteId={d.gemeente_id}
                gemeente={d.gemeente}
                indicator={d.indicator}
              />
            )}
          </section>
        )}
      </div>
    </dialog>
  );
}

function OordeelBadge({ oordeel }: { oordeel: Oordeel }) {
  const t = useT();
  return (
    <span className={`badge cel-${oordeel}`}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {t(OORDEEL_WOORD[oordeel])}
    </span>
  );
}

function Blok({ titel, children, className }: { titel: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={className}>
      <h3>{titel}</h3>
      {children}
    </section>
  );
}

function DetailInhoud({ d }: { d: CelDetail }) {
  const conclusie = d.conclusie_goed || d.conclusie_beter || d.conclusie_onbepaald;
  const t = useT();
  const nl = useBronLang();
  const gaten = leesGaten(d.gaten);
  const cgaten = leesGaten(d.conclusie_gaten);
  return (
    <>
      <dl className="kader">
        <dt>{t(D.indicator)}</dt>
        <dd>
          <KaderTekst soort="tekst" nl={d.tekst} code={d.indicator} />
        </dd>
        <dt>{t(D.criterium)}</dt>
        <dd>
          <KaderTekst soort="criterium" nl={d.criterium} />
        </dd>
        <dt>{t(D.thema)}</dt>
        <dd>
          <KaderTekst soort="thema" nl={d.thema} />
        </dd>
        <dt>{t(D.oordeel)}</dt>
        <dd>
          <OordeelBadge oordeel={d.oordeel} />
        </dd>
      </dl>

      <Blok titel={t(D.bevinding)}>
        {d.bevinding ? (
          <GatTekst tekst={d.bevinding} gaten={gaten} veld="bevinding" />
        ) : (
          <p>{t(D.geenBevinding)}</p>
        )}
        {d.bron_bestand && (
          <p>
            <OordeelBronLink
              bestand={d.bron_bestand}
              van={d.bron_van}
              tot={d.bron_tot}
              oordeel={{ aanpak: d.aanpak_id, indicator: d.indicator }}
            />
          </p>
        )}
        {d.let_op && (
          <div className="let-op">
            <strong>{t(D.letOp)}</strong> <GatTekst als="span" tekst={d.let_op} gaten={gaten} veld="let_op" />
          </div>
        )}
        <GatUitleg gaten={gaten} velden={['bevinding', 'let_op']} />
        {d.oordeel === 'onduidelijk' && (
          <p className="waarschuwing">
            <strong>{t(D.waaromOnduidelijk)}</strong>{' '}
            {d.reden ? <span lang={nl}>{d.reden}</span> : t(D.onduidelijkStandaard)}
          </p>
        )}
        {d.mogelijk_onvolledig && (
          <p className="waarschuwing">
            <strong>{t(D.mogelijkOnvolledigKop)}</strong> {t(D.mogelijkOnvolledig)}
          </p>
        )}
        {(d.toelichting || d.gedeeld) && (
          <p className="toelichting">
            <strong>{t(D.hoeBepaald)}</strong>{' '}
            {d.toelichting ? (
              <span lang={nl}>{d.toelichting}</span>
            ) : (
              t(D.gedeeldTeken, { blok: (d.blok ?? '').split(',').join(', ') })
            )}
          </p>
        )}
      </Blok>

      <Blok
        titel={
          <Rijk m={D.conclusieThema} tags={{ thema: () => <KaderTekst soort="thema" nl={d.thema} /> }} />
        }
      >
        {!conclusie && <p>{t(D.geenConclusie)}</p>}
        {d.conclusie_goed && (
          <div className="conclusie conclusie-goed">
            <h4>{t(D.watGaatGoed)}</h4>
            <GatTekst tekst={d.conclusie_goed} gaten={cgaten} veld="goed" />
          </div>
        )}
        {d.conclusie_beter && (
          <div className="conclusie conclusie-beter">
            <h4>{t(D.watKanBeter)}</h4>
            <GatTekst tekst={d.conclusie_beter} gaten={cgaten} veld="beter" />
          </div>
        )}
        {d.conclusie_onbepaald && (
          <div className="conclusie conclusie-onbepaald">
            <h4>{t(D.conclusieOnbepaald)}</h4>
            <GatTekst tekst={d.conclusie_onbepaald} gaten={cgaten} veld="onbepaald" />
          </div>
        )}
        {d.conclusie_onbepaald && <OnbepaaldNoot />}
        <GatUitleg gaten={cgaten} velden={['goed', 'beter', 'onbepaald']} />
      </Blok>

      <Blok titel={t(D.bron)} className="bron">
        <p>
          <Rijk
            m={D.bronFactsheet}
            tags={{ nl: NlTag }}
            waarden={{
              gemeente: d.gemeente,
              maand: d.maand_in_document ? (
                <>
                  {' '}
                  (<span lang={nl}>{d.maand_in_document.toLowerCase()}</span>)
                </>
              ) : (
                ''
              ),
            }}
          />
        </p>
        <BronVermelding
          bestand={d.bron_bestand}
          van={d.bron_van}
          tot={d.bron_tot}
          teken={d.teken_regel}
          bronnen={d.bronnen}
          oordeel={{ aanpak: d.aanpak_id, indicator: d.indicator }}
        />
      </Blok>
    </>
  );
}

/**
 * At national scale one indicator has thousands of other aanpakken; listing them all would make the
 * dialog slow to open and to close (#4). Above this many, the dialog shows the count per oordeel, the
 * other aanpakken of the same gemeente, and a link to the indicator page, which lists them all in pages.
 */
export const MAX_ANDEREN = 24;

function Anderen({
  lijst,
  gemeenteId,
  gemeente,
  indicator,
}: {
  lijst: readonly IndicatorOordeel[];
  gemeenteId: string;
  gemeente: string;
  indicator: string;
}) {
  const t = useT();
  const taal = useTaal();
  if (lijst.length <= MAX_ANDEREN)
    return (
      <ul className="anderen-lijst">
        {lijst.map((o) => (
          <AnderOordeel key={o.aanpak_id} o={o} />
        ))}
      </ul>
    );
  const eigen = lijst.filter((o) => o.gemeente_id === gemeenteId);
  return (
    <>
      <p>{t(D.anderenVeel, { n: getal(taal, lijst.length) })}</p>
      <ul className="anderen-telling">
        {OORDELEN.map((o) => (
          <li key={o} data-oordeel={o}>
            <OordeelBadge oordeel={o} /> {getal(taal, lijst.filter((x) => x.oordeel === o).length)}
          </li>
        ))}
      </ul>
      {eigen.length > 0 && (
        <>
          <p>{t(D.anderenEigen, { gemeente })}</p>
          <ul className="anderen-lijst">
            {eigen.slice(0, MAX_ANDEREN).map((o) => (
              <AnderOordeel key={o.aanpak_id} o={o} />
            ))}
          </ul>
        </>
      )}
      <p>
        <IndicatorLink code={indicator}>
          {t(D.anderenAlle, { n: getal(taal, lijst.length + 1) })}
        </IndicatorLink>
      </p>
    </>
  );
}

function AnderOordeel({ o }: { o: IndicatorOordeel }) {
  const openCel = useAppStore((s) => s.openCel);
  const t = useT();
  const nl = useBronLang();
  return (
    <li className="ander" data-aanpak={o.aanpak_id} data-oordeel={o.oordeel}>
      <h4>
        {o.gemeente}: <span lang={nl}>{o.aanpak}</span>
      </h4>
      <OordeelBadge oordeel={o.oordeel} />
      {o.heeft_let_op && (
        <p className="let-op">
          <strong>{t(D.metLetOp)}</strong> {t(D.zieVakje)}
        </p>
      )}
      {o.oordeel === 'onduidelijk' && o.reden && (
        <p className="waarschuwing">
          {t(D.waaromOnduidelijk)} <span lang={nl}>{o.reden}</span>
        </p>
      )}
      <button
        type="button"
        className="link-knop"
        onClick={() => openCel({ aanpak: o.aanpak_id, indicator: o.indicator })}
      >
        {t(D.openVakje)}
        <span className="visually-hidden">
          {' '}
          ({o.gemeente}, <span lang={nl}>{o.aanpak}</span>)
        </span>
      </button>
    </li>
  );
}
