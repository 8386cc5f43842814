import { ScrollTable } from '../components/ScrollTable';
import { useState } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { haalResultaat, heeftVoorberekend } from '../app/voorberekend';
import { ExportVoortgang } from '../components/ExportVoortgang';
import { getDbStatus, runQueryPerDeel } from '../db';
import { useCsvExport } from '../hooks/useCsvExport';
import type { CsvLoper } from '../model/csvPerDeel';
import {
  OPEN_DATA_CSV_BESTAND,
  OPEN_DATA_EXCEL_BESTAND,
  OPEN_DATA_EXCEL_CSV,
  OPEN_DATA_STANDAARD_CSV,
} from '../model/csv';
import {
  BRON_VERMELDING,
  CITEER_ALS,
  CSV_KOLOM_UITLEG,
  LEESMIJ_BESTAND,
  LICENTIE_URL,
  grootte,
  leesMijTekst,
  type Manifest,
} from '../model/openData';
import { bevindingen } from '../model/queries-bevindingen';
import { toetsingskader } from '../model/queries-methode';
import { B, LOCALE, Rijk, useBronLang, useT } from '../i18n';
import { downloadTekst } from './download';

const O = B.openData;
import './Statements.css';
import { OpenDataBronnen } from './OpenDataBronnen';
import { InbeddenCode } from './InbeddenCode';
import { useManifest } from './useManifest';

type Soort = 'excel' | 'csv' | 'leesmij';
type Stand = { soort: 'klaar' } | { soort: 'bezig'; wat: Soort } | { soort: 'gedaan'; melding: string };

/** The three downloads of the full dataset, in the order shown. */
const DOWNLOADS = [
  { soort: 'excel', knop: O.excel, hulp: O.excelHulp, bestand: OPEN_DATA_EXCEL_BESTAND },
  { soort: 'csv', knop: O.csv, hulp: O.csvHulp, bestand: OPEN_DATA_CSV_BESTAND },
  { soort: 'leesmij', knop: O.leesmij, hulp: O.leesmijHulp, bestand: LEESMIJ_BESTAND },
] as const;

/**
 * The data seam for the two CSV downloads: a result file from the build while DuckDB is not ready (as
 * before), else part by part where the data has several parts (#18).
 */
const LOPER: CsvLoper = {
  runQuery: haalResultaat,
  runQueryPerDeel: async (o) =>
    getDbStatus().stand !== 'klaar' && (await heeftVoorberekend(bevindingen({}, null, null)))
      ? 'een-deel'
      : runQueryPerDeel(o),
};

/** Open data: the full dataset as CSV (two variants), the app's own data files and a README. */
export function OpenDataView() {
  const manifest = useManifest();
  const [stand, setStand] = useState<Stand>({ soort: 'klaar' });
  const [fout, setFout] = useState<unknown>(null);
  const csv = useCsvExport(LOPER);
  const t = useT();
  const nl = useBronLang();

  const maak = async (wat: Soort) => {
    setFout(null);
    if (wat !== 'leesmij') {
      setStand({ soort: 'klaar' });
      const excel = wat === 'excel';
      const vorm = excel ? OPEN_DATA_EXCEL_CSV : OPEN_DATA_STANDAARD_CSV;
      await csv.start({}, null, vorm, excel ? OPEN_DATA_EXCEL_BESTAND : OPEN_DATA_CSV_BESTAND);
      return;
    }
    csv.wis();
    setStand({ soort: 'bezig', wat });
    try {
      const kader = await haalResultaat(toetsingskader());
      const m: Manifest | null = manifest.soort === 'klaar' ? manifest.manifest : null;
      downloadTekst(leesMijTekst(kader, m), LEESMIJ_BESTAND, 'text/markdown;charset=utf-8');
      setStand({ soort: 'gedaan', melding: t(O.gedownload, { bestand: LEESMIJ_BESTAND }) });
    } catch (error) {
      setFout(error);
      setStand({ soort: 'klaar' });
    }
  };
  const c = csv.stand;
  const bezig = stand.soort === 'bezig' || c.soort === 'bezig';
  const v = c.soort === 'bezig' ? c.voortgang : undefined;
  const status =
    stand.soort === 'bezig' || (c.soort === 'bezig' && !v)
      ? t(O.bestandMaken)
      : v
        ? t(B.app.deelVan, { deel: v.deel, van: v.van })
        : stand.soort === 'gedaan'
          ? stand.melding
          : c.soort === 'gedaan'
            ? t(O.metOordelenGedownload, { bestand: c.bestand, n: c.aantal })
            : c.soort === 'geannuleerd'
              ? t(B.app.exportGeannuleerd)
              : null;
  const csvFout = c.soort === 'fout' ? c.error : null;

  return (
    <section aria-labelledby="open-data-titel" className="view verklaring open-data">
      <h2 id="open-data-titel" tabIndex={-1}>
        Open data
      </h2>
      <p className="intro">
        {t(O.intro)} {t(O.taalNoot)}
      </p>

      <h3>{t(O.alleOordelen)}</h3>
      <p>{t(O.eenRij)}</p>
      <ul className="od-downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.soort}>
            <button
              type="button"
              disabled={bezig}
              onClick={() => void maak(d.soort)}
              ref={d.soort === 'excel' ? csv.knop : undefined}
            >
              {t(d.knop)}
            </button>{' '}
            <span className="od-hulp">{t(d.hulp, { bestand: d.bestand })}</span>
          </li>
        ))}
      </ul>
      {v && <ExportVoortgang voortgang={v} annuleer={csv.annuleer} />}
      <p role="status" className="od-status">
        {status}
      </p>
      {(fout ?? csvFout) !== null && <Foutmelding error={fout ?? csvFout} titel={t(O.bestandFout)} />}

      <h3>{t(B.delen.inbeddenKop)}</h3>
      <InbeddenCode />

      <h3>{t(O.bronnenKop)}</h3>
      <p>{t(O.bronnenUitleg)}</p>
      <OpenDataBronnen stand={manifest} />

      <h3>{t(O.kolommen)}</h3>
      <p>{t(O.kolommenNoot)}</p>
      <ScrollTable
        wrapClass="od-tabel-wrap"
        label={t(O.kolommenRegio)}
        className="od-tabel"
        columns={[t(O.kolom), t(O.betekenis)]}
      >
        {Object.entries(CSV_KOLOM_UITLEG).map(([k, uitleg]) => (
          <tr key={k}>
            <th scope="row">
              <code lang={nl}>{k}</code>
            </th>
            <td lang={nl}>{uitleg.replace(/`/g, '')}</td>
          </tr>
        ))}
      </ScrollTable>

      <h3>{t(O.eigenBestanden)}</h3>
      <p>{t(O.arrow)}</p>
      <BestandenTabel stand={manifest} />

      <h3>{t(O.licentieKop)}</h3>
      <p>
        <Rijk
          m={O.licentie}
          tags={{
            a: (c) => (
              <a href={LICENTIE_URL} rel="license">
                {c}
              </a>
            ),
          }}
        />
      </p>
      <p className="od-citaat" lang={nl}>
        {BRON_VERMELDING}.
      </p>
      <h3>{t(O.citeerAls)}</h3>
      <p className="od-citaat" data-testid="citeer-als" lang={nl}>
        {CITEER_ALS}
      </p>
      <p className="methode-let-op">
        <Rijk m={O.letOp} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
    </section>
  );
}

function BestandenTabel({ stand }: { stand: ReturnType<typeof useManifest> }) {
  const t = useT();
  const nl = useBronLang();
  if (stand.soort === 'laden') return <Laden tekst={t(O.lijstLaden)} />;
  if (stand.soort === 'fout') return <Foutmelding error={stand.error} titel={t(O.lijstFout)} />;
  return (
    <ScrollTable
      wrapClass="od-tabel-wrap"
      label={t(O.gegevensbestanden)}
      className="od-tabel od-bestanden"
      columns={[t(O.bestand), t(O.rijen), t(O.grootte)]}
    >
      <tr data-bestand="manifest.json">
        <th scope="row">
          <a href="data/manifest.json" download>
            manifest.json
          </a>
        </th>
        <td>–</td>
        <td>–</td>
      </tr>
      {stand.manifest.bestanden.map((b) => (
        <tr key={b.name} data-bestand={b.name}>
          <th scope="row">
            <a href={`data/${b.name}`} download lang={nl}>
              {b.name}
            </a>
            <span className="od-hulp">
              SHA-256: <code className="od-hash">{b.sha256}</code>
            </span>
          </th>
          <td>{b.rows}</td>
          <td>{grootte(b.bytes, LOCALE[t.taal])}</td>
        </tr>
      ))}
    </ScrollTable>
  );
}
