import { ScrollTable } from '../components/ScrollTable';
import { useMemo, type ReactNode } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { useQuery, type QueryState } from '../hooks/useQuery';
import {
  bronDocumenten,
  methodeTelling,
  toetsingskader,
  type BronDocument,
  type KaderIndicator,
  type MethodeTelling,
} from '../model/queries-methode';
import { THEMAS } from '../model/toetsingskader';
import { PAGINAS, type Waarde } from '../content/inhoud';
import { B, useBronLang, useT } from '../i18n';
import { Begrippenlijst } from './Begrippen';
import { Inhoud } from './Inhoud';
import './Methode.css';

/** Rows of a query, or the loading / error state in its place. */
function MetData<Row>({
  q,
  children,
}: {
  q: QueryState<Row> & { retry(): void };
  children(rows: readonly Row[]): ReactNode;
}) {
  if (q.status === 'error') return <Foutmelding error={q.error} opnieuw={q.retry} />;
  if (q.status !== 'success') return <Laden />;
  return <>{children(q.data)}</>;
}

/**
 * How the data came about and what it can and cannot tell: the prose of src/content/methode.*.md, its
 * counts from `methodeTelling()`, the framework and the sources from their queries.
 */
export function MethodeView() {
  const kader = useQuery(useMemo(() => toetsingskader(), []));
  const documenten = useQuery(useMemo(() => bronDocumenten(), []));
  const tellingQ = useQuery(useMemo(() => methodeTelling(), []));
  const telling: MethodeTelling | undefined = tellingQ.status === 'success' ? tellingQ.data[0] : undefined;
  const t = useT();
  const waarden = Object.fromEntries(
    PAGINAS.methode.waarden.map((k) => [k, telling === undefined ? '…' : String(telling[k])]),
  ) as Record<Waarde<'methode'>, string>;

  return (
    <section aria-labelledby="methode-titel" className="view methode">
      <h2 id="methode-titel" tabIndex={-1}>
        {t(B.app.viewMethode)}
      </h2>
      <Inhoud
        pagina="methode"
        sectieKlasse="methode-sectie"
        waarden={waarden}
        onderdelen={{
          kader: <MetData q={kader}>{(rows) => <Kader rows={rows} />}</MetData>,
          bronnen: <MetData q={documenten}>{(rows) => <Bronnen rows={rows} />}</MetData>,
          begrippenlijst: <Begrippenlijst metIds={false} />,
        }}
      />
    </section>
  );
}

function Kader({ rows }: { rows: readonly KaderIndicator[] }) {
  const t = useT();
  const nl = useBronLang();
  const themas = THEMAS.map((thema) => {
    const inThema = rows.filter((r) => r.thema_code === thema.code);
    const criteria = [...new Set(inThema.map((r) => r.criterium_code))].map((code) => ({
      code,
      naam: inThema.find((r) => r.criterium_code === code)?.criterium ?? code,
      indicatoren: inThema.filter((r) => r.criterium_code === code),
    }));
    return { ...thema, naam: inThema[0]?.thema ?? thema.naam, criteria, aantal: inThema.length };
  });
  return (
    <div className="methode-kader">
      <p className="methode-aantal">{t(B.methode.aantalIndicatoren, { n: rows.length })}</p>
      {themas.map((thema) => (
        <section key={thema.code} className="kader-thema" aria-labelledby={`kader-${thema.code}`}>
          <h4 id={`kader-${thema.code}`}>
            {t(B.methode.themaKop)} <span lang={nl}>{thema.naam}</span>{' '}
            <span className="kader-aantal">({t(B.methode.aantalIndicatoren, { n: thema.aantal })})</span>
          </h4>
          <p className="kader-omschrijving">
            {t(B.methode.uitgangspunt)} <span lang={nl}>{thema.omschrijving}</span>.
          </p>
          {thema.criteria.map((c) => (
            <div key={c.code} className="kader-criterium">
              <h5>
                {t(B.methode.criteriumKop)} <span lang={nl}>{c.naam}</span>
              </h5>
              <ul className="kader-indicatoren">
                {c.indicatoren.map((i) => (
                  <li key={i.code} data-indicator={i.code}>
                    <span className="kader-code">{i.code}</span>
                    <span lang={nl}>
                      <strong>{i.label}</strong>
                      <br />
                      {i.tekst}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

const LAYOUT = {
  raw: B.methode.layoutRaw,
  tab: B.methode.layoutTab,
  markdown: B.methode.layoutMarkdown,
} as const;

function Bronnen({ rows }: { rows: readonly BronDocument[] }) {
  const t = useT();
  const nl = useBronLang();
  const M = B.methode;
  return (
    <ScrollTable
      wrapClass="methode-bronnen-wrap"
      className="methode-bronnen"
      caption={t(M.bronbestanden, { n: rows.length })}
      captionId="methode-bronnen-caption"
      columns={[t(M.kolBestand), t(M.kolGemeente), t(M.kolSoort), t(M.kolRegels), t(M.kolMaand), 'SHA-256']}
    >
      {rows.map((d) => (
        <tr key={d.bestand} data-bestand={d.bestand}>
          <th scope="row">
            <code>{d.bestand}</code>
          </th>
          <td data-kolom={t(M.kolGemeente)}>{d.gemeente}</td>
          <td data-kolom={t(M.kolSoort)}>
            {Object.hasOwn(LAYOUT, d.layout) ? t(LAYOUT[d.layout as keyof typeof LAYOUT]) : d.layout}
          </td>
          <td data-kolom={t(M.kolRegels)} className="getal">
            {d.regels}
          </td>
          <td data-kolom={t(M.kolMaand)}>
            {d.maand_in_document ? (
              <span lang={nl}>{d.maand_in_document}</span>
            ) : (
              <span className="methode-zacht">{t(M.nietVermeld)}</span>
            )}
            {d.maand_in_document && !/november/i.test(d.maand_in_document) && (
              <span className="methode-voetnoot">{t(M.voettekst)}</span>
            )}
          </td>
          <td data-kolom="SHA-256">
            <code className="methode-hash">{d.sha256}</code>
          </td>
        </tr>
      ))}
    </ScrollTable>
  );
}
