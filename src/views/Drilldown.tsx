import { useEffect, useMemo, useRef } from 'react';
import { celSelector } from '../charts/HeatmapTable';
import { Foutmelding, Laden } from '../components/Status';
import { useDbStatus } from '../hooks/useDbStatus';
import { useQuery } from '../hooks/useQuery';
import { celDetail, zelfdeIndicator } from '../model/queries';
import { B, useBronLang, useT } from '../i18n';
import { useAppStore, type Cel } from '../store';
import { KaderTekst, VertalingNoot } from '../components/KaderTekst';
import { Anderen } from './DrilldownAnderen';
import { DetailInhoud } from './DrilldownDetail';

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
