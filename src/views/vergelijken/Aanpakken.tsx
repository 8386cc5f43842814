import type { GemeenteContext, VergelijkAanpak } from '../../model/queries-vergelijken';
import { B, useBronLang, useT } from '../../i18n';

const V = B.vergelijken;

/** Per gemeente its aanpakken, with the number of gezinnen and the netwerkpartners. */
export function Aanpakken({
  gemeenten,
  aanpakken,
}: {
  gemeenten: readonly GemeenteContext[];
  aanpakken: readonly VergelijkAanpak[];
}) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="aanpakken-titel" className="vergelijken-blok">
      <h3 id="aanpakken-titel">{t(V.aanpakken)}</h3>
      <div className="vergelijken-kolommen">
        {gemeenten.map((g) => (
          <div key={g.gemeente_id} className="vergelijken-kolom" data-gemeente={g.gemeente_id}>
            <h4>{g.naam}</h4>
            <ul className="vergelijken-aanpakken">
              {aanpakken
                .filter((a) => a.gemeente_id === g.gemeente_id)
                .map((a) => (
                  <li key={a.aanpak_id} className="vergelijken-aanpak" data-aanpak={a.aanpak_id}>
                    <h5 lang={nl}>{a.naam}</h5>
                    <dl>
                      <dt>{t(V.aantalGezinnen)}</dt>
                      <dd>
                        {a.aantal_gezinnen === null ? (
                          <span className="niet-vermeld">{t(V.nietVermeld)}</span>
                        ) : (
                          <strong>{a.aantal_gezinnen}</strong>
                        )}
                        {a.aantal_gezinnen_tekst && (
                          <span className="bronzin-klein">
                            {t(V.uitDeFactsheet)} <q lang={nl}>{a.aantal_gezinnen_tekst}</q>
                          </span>
                        )}
                      </dd>
                      <dt>{t(V.netwerkpartners)}</dt>
                      <dd>
                        {a.netwerkpartners ? (
                          <ul className="partners" lang={nl}>
                            {a.netwerkpartners
                              .split('\n')
                              .map((p) => p.trim())
                              .filter(Boolean)
                              .map((p) => (
                                <li key={p}>{p}</li>
                              ))}
                          </ul>
                        ) : (
                          <span className="niet-vermeld">{t(V.nietVermeld)}</span>
                        )}
                      </dd>
                    </dl>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
