import { useEffect, useRef, useState } from 'react';
import { Foutmelding } from '../../components/Status';
import { runQuery, runQueryPerDeel, type DeelVoortgang } from '../../db';
import { BEVINDINGEN_CSV_BESTAND } from '../../model/csv';
import { bevindingenCsvStukken } from '../../model/csvPerDeel';
import { B, useT } from '../../i18n';
import { downloadBlob } from '../download';
import { filterVan, type TabelStaat } from './staat';

const M = B.bevindingen;
const CSV_TYPE = 'text/csv;charset=utf-8';

export type ExportStand =
  | { soort: 'klaar' }
  | { soort: 'bezig'; voortgang?: DeelVoortgang; ineens?: boolean }
  | { soort: 'gedaan'; aantal: number }
  | { soort: 'geannuleerd' }
  | { soort: 'fout'; error: unknown };

/**
 * "Exporteer CSV": every row that matches the search and filters (all pages), in the current order.
 * With several text parts and an order by gemeente it goes part by part (#18), with a progress bar and
 * a cancel button; the file is offered only once it is complete.
 */
export function Export({ staat, aantal }: { staat: TabelStaat; aantal: number | undefined }) {
  const [stand, setStand] = useState<ExportStand>({ soort: 'klaar' });
  const bezig = useRef<AbortController | null>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const focusTerug = useRef(false);
  const t = useT();
  useEffect(() => () => bezig.current?.abort(), []);
  // The cancel button goes away: focus goes to the export button once it is enabled again.
  useEffect(() => {
    if (focusTerug.current && stand.soort !== 'bezig') {
      focusTerug.current = false;
      knop.current?.focus();
    }
  }, [stand]);

  const exporteer = async () => {
    const ac = new AbortController();
    bezig.current = ac;
    setStand({ soort: 'bezig' });
    const stukken: Blob[] = [];
    try {
      const n = await bevindingenCsvStukken(
        { runQuery, runQueryPerDeel },
        filterVan(staat),
        staat.sortering,
        (tekst) => stukken.push(new Blob([tekst])),
        {
          signal: ac.signal,
          melding: (m) => {
            if (ac.signal.aborted) return;
            if (m.soort === 'deel') setStand({ soort: 'bezig', voortgang: m.voortgang });
            else setStand({ soort: 'bezig', ineens: m.waarom === 'volgorde' });
          },
        },
      );
      ac.signal.throwIfAborted();
      downloadBlob(new Blob(stukken, { type: CSV_TYPE }), BEVINDINGEN_CSV_BESTAND);
      setStand({ soort: 'gedaan', aantal: n });
    } catch (error) {
      stukken.length = 0;
      setStand(ac.signal.aborted ? { soort: 'geannuleerd' } : { soort: 'fout', error });
    } finally {
      if (bezig.current === ac) bezig.current = null;
    }
  };
  const annuleer = () => {
    bezig.current?.abort();
    focusTerug.current = true;
    setStand({ soort: 'geannuleerd' });
  };

  const v = stand.soort === 'bezig' ? stand.voortgang : undefined;
  const deelVan = v ? t(M.deelVan, { deel: v.deel, van: v.van }) : '';
  return (
    <div className="bev-export">
      <button
        ref={knop}
        type="button"
        onClick={() => void exporteer()}
        disabled={stand.soort === 'bezig' || !aantal}
        aria-describedby="bev-export-uitleg"
      >
        {t(M.exporteer)}
      </button>
      {v && (
        <button type="button" onClick={annuleer}>
          {t(M.annuleren)}
        </button>
      )}
      <span id="bev-export-uitleg" className="bev-hulp">
        {t(M.exportUitleg)}
      </span>
      {v && <progress className="bev-export-voortgang" value={v.gedaan} max={v.van} aria-label={deelVan} />}
      <span role="status" className="bev-export-status">
        {stand.soort === 'bezig' && (v ? deelVan : t(stand.ineens ? M.bestandMakenIneens : M.bestandMaken))}
        {stand.soort === 'gedaan' && t.n(M.gedownload, stand.aantal, { bestand: BEVINDINGEN_CSV_BESTAND })}
        {stand.soort === 'geannuleerd' && t(M.exportGeannuleerd)}
      </span>
      {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.exportFout)} />}
    </div>
  );
}
