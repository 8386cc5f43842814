import type { GemeenteContext } from '../../model/queries-vergelijken';
import { B, useBronLang, useT } from '../../i18n';
import { kolommenKlasse } from './kolommen';

const V = B.vergelijken;

/** A phrase from the factsheet, or "niet vermeld". */
function Bronzin({ tekst }: { tekst: string | null }) {
  const t = useT();
  const nl = useBronLang();
  return tekst ? (
    <q className="bronzin" lang={nl}>
      {tekst}
    </q>
  ) : (
    <span className="niet-vermeld">{t(V.nietVermeld)}</span>
  );
}

/** The context figures of the chosen gemeenten, as the factsheets phrase them. */
export function Kerncijfers({ gemeenten }: { gemeenten: readonly GemeenteContext[] }) {
  const t = useT();
  const rijen: { kop: string; tekst: (g: GemeenteContext) => string | null }[] = [
    { kop: t(V.inwoners), tekst: (g) => g.inwoners_tekst },
    { kop: t(V.huishoudens), tekst: (g) => g.huishoudens_tekst },
    { kop: t(V.ggsrGeschat), tekst: (g) => g.ggsr_tekst },
  ];
  return (
    <section aria-labelledby="kerncijfers-titel" className="vergelijken-blok">
      <h3 id="kerncijfers-titel">{t(V.overGemeenten)}</h3>
      <p className="vergelijken-uitleg">{t(V.overUitleg)}</p>
      <div className="vergelijken-scroll" role="region" aria-labelledby="kerncijfers-titel" tabIndex={0}>
        <table className={`vergelijken-tabel kerncijfers ${kolommenKlasse(gemeenten.length)}`}>
          <caption className="visually-hidden">{t(V.kerncijfersCaption)}</caption>
          <colgroup>
            <col className="kol-kop" />
            <col span={gemeenten.length} />
          </colgroup>
          <thead>
            <tr>
              <td />
              {gemeenten.map((g) => (
                <th key={g.gemeente_id} scope="col" data-gemeente={g.gemeente_id}>
                  {g.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rijen.map((r) => (
              <tr key={r.kop}>
                <th scope="row">{r.kop}</th>
                {gemeenten.map((g) => (
                  <td key={g.gemeente_id} data-gemeente={g.gemeente_id}>
                    <Bronzin tekst={r.tekst(g)} />
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t(V.beoordeeldeAanpakken)}</th>
              {gemeenten.map((g) => (
                <td key={g.gemeente_id}>{g.aanpakken}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
