import { ScrollTable } from '../components/ScrollTable';
import { useState } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { haalResultaat } from '../app/voorberekend';
import {
  OPEN_DATA_CSV_BESTAND,
  OPEN_DATA_EXCEL_BESTAND,
  openDataExcelCsv,
  openDataStandaardCsv,
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
import { bevindingen, toetsingskader } from '../model/queries-bevindingen';
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

/** Open data: the full dataset as CSV (two variants), the app's own data files and a README. */
export function OpenDataView() {
  const manifest = useManifest();
  const [stand, setStand] = useState<Stand>({ soort: 'klaar' });
  const [fout, setFout] = useState<unknown>(null);
  const t = useT();
  const nl = useBronLang();

  const maak = async (wat: Soort) => {
    setStand({ soort: 'bezig', wat });
    setFout(null);
    try {
      if (wat === 'leesmij') {
        const kader = await haalResultaat(toetsingskader());
        const m: Manifest | null = manifest.soort === 'klaar' ? manifest.manifest : null;
        downloadTekst(leesMijTekst(kader, m), LEESMIJ_BESTAND, 'text/markdown;charset=utf-8');
        setStand({ soort: 'gedaan', melding: t(O.gedownload, { bestand: LEESMIJ_BESTAND }) });
        return;
      }
      const rijen = await haalResultaat(bevindingen({}, null, null));
      const excel = wat === 'excel';
      const bestand = excel ? OPEN_DATA_EXCEL_BESTAND : OPEN_DATA_CSV_BESTAND;
      downloadTekst(
        excel ? openDataExcelCsv(rijen) : openDataStandaardCsv(rijen),
        bestand,
        'text/csv;charset=utf-8',
      );
      setStand({ soort: 'gedaan', melding: t(O.metOordelenGedownload, { bestand, n: rijen.length }) });
    } catch (error) {
      setFout(error);
      setStand({ soort: 'klaar' });
    }
  };
  const bezig = stand.soort === 'bezig';

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
            <button type="button" disabled={bezig} onClick={() => void maak(d.soort)}>
              {t(d.knop)}
            </button>{' '}
            <span className="od-hulp">{t(d.hulp, { bestand: d.bestand })}</span>
          </li>
        ))}
      </ul>
      <p role="status" className="od-status">
        {stand.soort === 'bezig' && t(O.bestandMaken)}
        {stand.soort === 'gedaan' && stand.melding}
      </p>
      {fout !== null && <Foutmelding error={fout} titel={t(O.bestandFout)} />}

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
