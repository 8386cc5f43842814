import { useState } from 'react';
import { Foutmelding } from '../../components/Status';
import { runQuery } from '../../db';
import { BEVINDINGEN_CSV_BESTAND, bevindingenCsv } from '../../model/csv';
import { bevindingen } from '../../model/queries-bevindingen';
import { B, useT } from '../../i18n';
import { downloadTekst } from '../download';
import { filterVan, type TabelStaat } from './staat';

const M = B.bevindingen;

export type ExportStand =
  | { soort: 'klaar' }
  | { soort: 'bezig' }
  | { soort: 'gedaan'; aantal: number }
  | { soort: 'fout'; error: unknown };

/** "Exporteer CSV": every row that matches the search and filters (all pages), in the current order. */
export function Export({ staat, aantal }: { staat: TabelStaat; aantal: number | undefined }) {
  const [stand, setStand] = useState<ExportStand>({ soort: 'klaar' });
  const t = useT();
  const exporteer = async () => {
    setStand({ soort: 'bezig' });
    try {
      const rijen = await runQuery(bevindingen(filterVan(staat), staat.sortering, null));
      downloadTekst(bevindingenCsv(rijen), BEVINDINGEN_CSV_BESTAND, 'text/csv;charset=utf-8');
      setStand({ soort: 'gedaan', aantal: rijen.length });
    } catch (error) {
      setStand({ soort: 'fout', error });
    }
  };
  return (
    <div className="bev-export">
      <button
        type="button"
        onClick={() => void exporteer()}
        disabled={stand.soort === 'bezig' || !aantal}
        aria-describedby="bev-export-uitleg"
      >
        {t(M.exporteer)}
      </button>
      <span id="bev-export-uitleg" className="bev-hulp">
        {t(M.exportUitleg)}
      </span>
      <span role="status" className="bev-export-status">
        {stand.soort === 'bezig' && t(M.bestandMaken)}
        {stand.soort === 'gedaan' && t.n(M.gedownload, stand.aantal, { bestand: BEVINDINGEN_CSV_BESTAND })}
      </span>
      {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.exportFout)} />}
    </div>
  );
}
