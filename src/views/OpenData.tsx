import { useState } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { runQuery } from '../db';
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
import { downloadTekst } from './download';
import './Statements.css';
import { useManifest } from './useManifest';

type Soort = 'excel' | 'csv' | 'leesmij';
type Stand = { soort: 'klaar' } | { soort: 'bezig'; wat: Soort } | { soort: 'gedaan'; melding: string };

/** Open data: the full dataset as CSV (two variants), the app's own data files and a README. */
export function OpenDataView() {
  const manifest = useManifest();
  const [stand, setStand] = useState<Stand>({ soort: 'klaar' });
  const [fout, setFout] = useState<unknown>(null);

  const maak = async (wat: Soort) => {
    setStand({ soort: 'bezig', wat });
    setFout(null);
    try {
      if (wat === 'leesmij') {
        const kader = await runQuery(toetsingskader());
        const m: Manifest | null = manifest.soort === 'klaar' ? manifest.manifest : null;
        downloadTekst(leesMijTekst(kader, m), LEESMIJ_BESTAND, 'text/markdown;charset=utf-8');
        setStand({ soort: 'gedaan', melding: `${LEESMIJ_BESTAND} is gedownload.` });
        return;
      }
      const rijen = await runQuery(bevindingen({}, null, null));
      const excel = wat === 'excel';
      const bestand = excel ? OPEN_DATA_EXCEL_BESTAND : OPEN_DATA_CSV_BESTAND;
      downloadTekst(
        excel ? openDataExcelCsv(rijen) : openDataStandaardCsv(rijen),
        bestand,
        'text/csv;charset=utf-8',
      );
      setStand({ soort: 'gedaan', melding: `${bestand} met ${rijen.length} oordelen is gedownload.` });
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
        U mag de gegevens van dit dashboard downloaden en hergebruiken. Alle bestanden worden in uw eigen
        browser gemaakt of komen van deze website.
      </p>

      <h3>Alle oordelen als tabel</h3>
      <p>
        Eén rij per oordeel (210 rijen): gemeente, aanpak, thema, criterium, indicator, oordeel, LET OP,
        bevinding, gedeeld teken en bron.
      </p>
      <ul className="od-downloads">
        <li>
          <button type="button" disabled={bezig} onClick={() => void maak('excel')}>
            Download voor Excel (CSV met ;)
          </button>{' '}
          <span className="od-hulp">
            {OPEN_DATA_EXCEL_BESTAND}: opent goed in Nederlandse Excel (UTF-8 met BOM, puntkomma).
          </span>
        </li>
        <li>
          <button type="button" disabled={bezig} onClick={() => void maak('csv')}>
            Download standaard CSV (met ,)
          </button>{' '}
          <span className="od-hulp">
            {OPEN_DATA_CSV_BESTAND}: RFC 4180, komma, UTF-8 zonder BOM; voor R, Python en andere
            programma&apos;s.
          </span>
        </li>
        <li>
          <button type="button" disabled={bezig} onClick={() => void maak('leesmij')}>
            Download uitleg bij de kolommen (LEESMIJ)
          </button>{' '}
          <span className="od-hulp">{LEESMIJ_BESTAND}: kolommen, codes van de indicatoren, licentie.</span>
        </li>
      </ul>
      <p role="status" className="od-status">
        {stand.soort === 'bezig' && 'Bestand maken…'}
        {stand.soort === 'gedaan' && stand.melding}
      </p>
      {fout !== null && <Foutmelding error={fout} titel="Het bestand kon niet worden gemaakt" />}

      <h3>Kolommen</h3>
      <div className="od-tabel-wrap" tabIndex={0} role="region" aria-label="Kolommen van de CSV-bestanden">
        <table className="od-tabel">
          <thead>
            <tr>
              <th scope="col">Kolom</th>
              <th scope="col">Betekenis</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(CSV_KOLOM_UITLEG).map(([k, uitleg]) => (
              <tr key={k}>
                <th scope="row">
                  <code>{k}</code>
                </th>
                <td>{uitleg.replace(/`/g, '')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3>De bestanden die het dashboard zelf gebruikt</h3>
      <p>
        Apache Arrow IPC (stream, ongecomprimeerd), te lezen met bijvoorbeeld DuckDB, pandas of R (arrow). Met
        de SHA-256 controleert u of een bestand ongewijzigd is.
      </p>
      <BestandenTabel stand={manifest} />

      <h3>Licentie en bron</h3>
      <p>
        Onze ordening van de gegevens (de tabellen, codes en kolommen) geven wij vrij onder{' '}
        <a href={LICENTIE_URL} rel="license">
          CC0 1.0 (publiek domein)
        </a>
        . De oordelen en teksten komen van Samenwerkend Toezicht Jeugd. Vermeld bij hergebruik de bron:
      </p>
      <p className="od-citaat">{BRON_VERMELDING}.</p>
      <h3>Citeer als</h3>
      <p className="od-citaat" data-testid="citeer-als">
        {CITEER_ALS}
      </p>
      <p className="methode-let-op">
        <strong>Let op:</strong> dit zijn bevindingen uit november 2013, van vóór de Jeugdwet van 2015.
      </p>
    </section>
  );
}

function BestandenTabel({ stand }: { stand: ReturnType<typeof useManifest> }) {
  if (stand.soort === 'laden') return <Laden tekst="Lijst met bestanden laden…" />;
  if (stand.soort === 'fout')
    return <Foutmelding error={stand.error} titel="De lijst met bestanden kon niet worden geladen" />;
  return (
    <div className="od-tabel-wrap" tabIndex={0} role="region" aria-label="Gegevensbestanden">
      <table className="od-tabel od-bestanden">
        <thead>
          <tr>
            <th scope="col">Bestand</th>
            <th scope="col">Rijen</th>
            <th scope="col">Grootte</th>
          </tr>
        </thead>
        <tbody>
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
                <a href={`data/${b.name}`} download>
                  {b.name}
                </a>
                <span className="od-hulp">
                  SHA-256: <code className="od-hash">{b.sha256}</code>
                </span>
              </th>
              <td>{b.rows}</td>
              <td>{grootte(b.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
