import { ExportVoortgang } from '../../components/ExportVoortgang';
import { Foutmelding } from '../../components/Status';
import { runQuery, runQueryPerDeel } from '../../db';
import { useCsvExport } from '../../hooks/useCsvExport';
import { BEVINDINGEN_CSV, BEVINDINGEN_CSV_BESTAND } from '../../model/csv';
import { B, useT } from '../../i18n';
import { filterVan, type TabelStaat } from './staat';

const M = B.bevindingen;
const LOPER = { runQuery, runQueryPerDeel };

export type { CsvExportStand as ExportStand } from '../../hooks/useCsvExport';

/**
 * "Exporteer CSV": every row that matches the search and filters (all pages), in the current order.
 * With several text parts and an order by gemeente it goes part by part (#18), with a progress bar and
 * a cancel button; the file is offered only once it is complete.
 */
export function Export({ staat, aantal }: { staat: TabelStaat; aantal: number | undefined }) {
  const { stand, start, annuleer, knop } = useCsvExport(LOPER);
  const t = useT();
  const v = stand.soort === 'bezig' ? stand.voortgang : undefined;
  return (
    <div className="bev-export">
      <button
        ref={knop}
        type="button"
        onClick={() =>
          void start(filterVan(staat), staat.sortering, BEVINDINGEN_CSV, BEVINDINGEN_CSV_BESTAND)
        }
        disabled={stand.soort === 'bezig' || !aantal}
        aria-describedby="bev-export-uitleg"
      >
        {t(M.exporteer)}
      </button>
      <span id="bev-export-uitleg" className="bev-hulp">
        {t(M.exportUitleg)}
      </span>
      {v && <ExportVoortgang voortgang={v} annuleer={annuleer} />}
      <span role="status" className="bev-export-status">
        {stand.soort === 'bezig' &&
          (v
            ? t(B.app.deelVan, { deel: v.deel, van: v.van })
            : t(stand.ineens ? M.bestandMakenIneens : M.bestandMaken))}
        {stand.soort === 'gedaan' && t.n(M.gedownload, stand.aantal, { bestand: stand.bestand })}
        {stand.soort === 'geannuleerd' && t(B.app.exportGeannuleerd)}
      </span>
      {stand.soort === 'fout' && <Foutmelding error={stand.error} titel={t(M.exportFout)} />}
    </div>
  );
}
