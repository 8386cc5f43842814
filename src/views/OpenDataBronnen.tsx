/** Open data: the source texts the site ships (data/bronnen/), with their SHA-256 and publication. */
import { ScrollTable } from '../components/ScrollTable';
import { Foutmelding, Laden } from '../components/Status';
import { B, LOCALE, Rijk, useBronLang, useT } from '../i18n';
import { grootte } from '../model/openData';
import { BronLink } from './BronLink';
import { bronNaam, kopieVan, publicatieMaand } from './bronNaam';
import type { ManifestStand } from './useManifest';

const O = B.openData;

export function OpenDataBronnen({ stand }: { stand: ManifestStand }) {
  const t = useT();
  const nl = useBronLang();
  if (stand.soort === 'laden') return <Laden tekst={t(O.lijstLaden)} />;
  if (stand.soort === 'fout') return <Foutmelding error={stand.error} titel={t(O.lijstFout)} />;
  const bronnen = stand.manifest.bronnen.filter((b) => b.tekst !== null);
  if (!bronnen.length) return <p>{t(O.geenBronnen)}</p>;
  return (
    <ScrollTable
      wrapClass="od-tabel-wrap"
      label={t(O.bronnenRegio)}
      className="od-tabel od-bronnen"
      columns={[t(O.kolDocument), t(O.bestand), t(O.kolPublicatie), t(O.grootte)]}
    >
      {bronnen.map((b) => {
        const tekst = b.tekst as NonNullable<typeof b.tekst>;
        const maand = publicatieMaand(t.taal, b.publicatiemaand);
        return (
          <tr key={b.bestand} data-bestand={b.bestand}>
            <th scope="row">
              <BronLink bestand={b.bestand}>
                {bronNaam(t.taal, b, kopieVan(stand.manifest.bronnen, b.bestand))}
              </BronLink>
            </th>
            <td>
              <a href={`data/${tekst.pad}`} download>
                {b.bestand}
              </a>
              <span className="od-hulp">
                {t(O.shaOrigineel)}: <code className="od-hash">{b.sha256}</code>
              </span>
              <span className="od-hulp">
                {tekst.sha256 === b.sha256 ? (
                  t(O.shaGelijk)
                ) : (
                  <>
                    {t(O.shaTekst)}: <code className="od-hash">{tekst.sha256}</code>
                  </>
                )}
              </span>
            </td>
            <td>
              {b.uitgever && b.titel && maand ? (
                <Rijk
                  m={B.bron.publicatieTekst}
                  waarden={{ uitgever: <span lang={nl}>{b.uitgever}</span>, maand }}
                  tags={{ titel: () => <span lang={nl}>{b.titel}</span> }}
                />
              ) : (
                '–'
              )}
            </td>
            <td>{grootte(tekst.bytes, LOCALE[t.taal])}</td>
          </tr>
        );
      })}
    </ScrollTable>
  );
}
