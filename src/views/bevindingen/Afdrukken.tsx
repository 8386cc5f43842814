import { useEffect, useRef, useState } from 'react';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../../charts/oordeel';
import { Foutmelding } from '../../components/Status';
import { runQuery } from '../../db';
import { bevindingen, type BevindingRij } from '../../model/queries-bevindingen';
import { B, useBronLang, useT } from '../../i18n';
import type { ExportStand } from './Export';
import { filterVan, type TabelStaat } from './staat';

const M = B.bevindingen;

/**
 * "Afdrukken": loads every row that matches the search and filters (all pages, in this order) into a
 * list that only shows in print, then opens the print dialog. Printing without it (Ctrl+P) prints the
 * current page, with a line saying so.
 */
export function Afdrukken({
  staat,
  aantal,
  paginas,
  volledig = true,
}: {
  staat: TabelStaat;
  aantal: number | undefined;
  paginas: number;
  /** False while a search has not read every gemeente: `aantal` and `paginas` are lower bounds. */
  volledig?: boolean;
}) {
  const sleutel = JSON.stringify({ ...staat, pagina: 1 });
  const [geladen, setGeladen] = useState<{ sleutel: string; rijen: readonly BevindingRij[] } | null>(null);
  const [stand, setStand] = useState<ExportStand>({ soort: 'klaar' });
  const printen = useRef(false);
  const t = useT();
  const nl = useBronLang();
  const rijen = geladen?.sleutel === sleutel ? geladen.rijen : null;

  useEffect(() => {
    if (!rijen || !printen.current) return;
    printen.current = false;
    window.print();
  }, [rijen]);

  const druk = async () => {
    if (rijen) {
      window.print();
      return;
    }
    setStand({ soort: 'bezig' });
    try {
      const alle = await runQuery(bevindingen(filterVan(staat), staat.sortering, null));
      printen.current = true;
      setGeladen({ sleutel, rijen: alle });
      setStand({ soort: 'klaar' });
    } catch (error) {
      setStand({ soort: 'fout', error });
    }
  };

  return (
    <>
      <div className="bev-export">
        <button type="button" onClick={() => void druk()} disabled={stand.soort === 'bezig' || !aantal}>
          {t(M.afdrukken)}
        </button>
        <span role="status" className="bev-afdruk-status">
          {stand.soort === 'bezig' && t(M.klaarzetten)}
        </span>
        {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.afdrukFout)} />}
      </div>
      {aantal !== undefined && aantal > 0 && (
        <p className="bev-print-melding" data-testid="bev-print-melding">
          {rijen
            ? t.n(M.printAlle, rijen.length)
            : volledig
              ? t(M.printPagina, { pagina: staat.pagina, paginas, aantal })
              : t(M.printPaginaOnvolledig, { pagina: staat.pagina })}
        </p>
      )}
      {rijen && (
        <ol className="bev-print" data-testid="bev-print">
          {rijen.map((r) => (
            <li key={`${r.aanpak_id}~${r.indicator}`} data-rij={`${r.aanpak_id}~${r.indicator}`}>
              <p className="bev-print-kop">
                <strong>
                  {r.gemeente}, <span lang={nl}>{r.aanpak}</span>: {r.indicator}{' '}
                  <span lang={nl}>{r.label}</span>
                </strong>{' '}
                <span className={`bev-print-oordeel cel-${r.oordeel}`}>
                  {OORDEEL_SYMBOOL[r.oordeel]} {t(OORDEEL_WOORD[r.oordeel])}
                </span>
              </p>
              {r.bevinding ? (
                <p className="brontekst" lang={nl}>
                  {r.bevinding}
                </p>
              ) : (
                <p className="brontekst">{t(M.geenBevinding)}</p>
              )}
              {r.let_op && (
                <p className="brontekst">
                  <strong>{t(B.drilldown.letOp)}</strong> <span lang={nl}>{r.let_op}</span>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
