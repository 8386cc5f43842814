import { useEffect, useRef, useState } from 'react';
import type { DeelVoortgang } from '../db';
import { bevindingenCsvStukken, type CsvLoper } from '../model/csvPerDeel';
import type { CsvVorm } from '../model/csv';
import type { BevindingenFilter, BevindingRij, BevindingSortering } from '../model/queries-bevindingen';
import { downloadBlob } from '../views/download';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** Where a CSV export is. `ineens`: one query, because the order cannot go part by part. */
export type CsvExportStand =
  | { soort: 'klaar' }
  | { soort: 'bezig'; voortgang?: DeelVoortgang; ineens?: boolean }
  | { soort: 'gedaan'; aantal: number; bestand: string }
  | { soort: 'geannuleerd' }
  | { soort: 'fout'; error: unknown };

/**
 * A CSV export of Bevindingen rows (`bevindingenCsvStukken`, part by part where it can): each piece
 * kept as a Blob, the file offered only when complete. `annuleer` stops it (nothing is offered) and
 * puts the focus on `knop` once the view has re-rendered; leaving the view cancels too.
 */
export function useCsvExport(loper: CsvLoper) {
  const [stand, setStand] = useState<CsvExportStand>({ soort: 'klaar' });
  const bezig = useRef<AbortController | null>(null);
  const knop = useRef<HTMLButtonElement>(null);
  const focusTerug = useRef(false);
  useEffect(() => () => bezig.current?.abort(), []);
  useEffect(() => {
    if (focusTerug.current && stand.soort !== 'bezig') {
      focusTerug.current = false;
      knop.current?.focus();
    }
  }, [stand]);

  const start = async (
    f: BevindingenFilter,
    s: BevindingSortering | null,
    vorm: CsvVorm<BevindingRij>,
    bestand: string,
  ) => {
    const ac = new AbortController();
    bezig.current = ac;
    setStand({ soort: 'bezig' });
    const stukken: Blob[] = [];
    try {
      const aantal = await bevindingenCsvStukken(loper, f, s, (tekst) => stukken.push(new Blob([tekst])), {
        vorm,
        signal: ac.signal,
        melding: (m) => {
          if (ac.signal.aborted) return;
          if (m.soort === 'deel') setStand({ soort: 'bezig', voortgang: m.voortgang });
          else setStand({ soort: 'bezig', ineens: m.waarom === 'volgorde' });
        },
      });
      ac.signal.throwIfAborted();
      downloadBlob(new Blob(stukken, { type: CSV_TYPE }), bestand);
      setStand({ soort: 'gedaan', aantal, bestand });
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
  /** Back to rest (forget a finished export's message or error). */
  const wis = () => {
    if (!bezig.current) setStand({ soort: 'klaar' });
  };
  return { stand, start, annuleer, wis, knop };
}
