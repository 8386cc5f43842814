import { vanTekst, type ConclusieMatrix, type MatrixCel } from '../../charts/vergelijkenModel';
import { KaderTekst } from '../../components/KaderTekst';
import { B, Rijk, useBronLang, useT } from '../../i18n';
import { OnbepaaldNoot } from '../ConclusieNoot';
import { kolommenKlasse } from './kolommen';

const V = B.vergelijken;

function ConclusieCel({ cel }: { cel: MatrixCel }) {
  const c = cel.conclusie;
  const leeg = !c.goed && !c.beter && !c.onbepaald;
  const t = useT();
  const nl = useBronLang();
  return (
    <>
      {cel.telling && (
        <p className="cel-telling">{t(V.indicatorenVoldoen, { van: vanTekst(cel.telling, t.taal) })}</p>
      )}
      {leeg && <p className="niet-vermeld">{t(V.geenConclusie)}</p>}
      {c.goed && (
        <div className="conclusie conclusie-goed">
          <p className="conclusie-kop">{t(B.drilldown.watGaatGoed)}</p>
          <p className="brontekst" lang={nl}>
            {c.goed}
          </p>
        </div>
      )}
      {c.beter && (
        <div className="conclusie conclusie-beter">
          <p className="conclusie-kop">{t(B.drilldown.watKanBeter)}</p>
          <p className="brontekst" lang={nl}>
            {c.beter}
          </p>
        </div>
      )}
      {c.onbepaald && (
        <div className="conclusie conclusie-onbepaald">
          <p className="conclusie-kop conclusie-kop-onbepaald">{t(B.drilldown.conclusieOnbepaald)}</p>
          <p className="brontekst" lang={nl}>
            {c.onbepaald}
          </p>
        </div>
      )}
    </>
  );
}

/** The conclusies per thema (rows) of every aanpak (columns), side by side. */
export function Conclusies({ matrix }: { matrix: ConclusieMatrix }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="conclusies-titel" className="vergelijken-blok">
      <h3 id="conclusies-titel">{t(V.conclusiesTitel)}</h3>
      <p className="vergelijken-uitleg">
        <Rijk m={V.conclusiesUitleg} tags={{ b: (c) => <strong>{c}</strong> }} />
      </p>
      {matrix.rijen.some((r) => r.cellen.some((c) => c?.conclusie.onbepaald)) && <OnbepaaldNoot />}
      <div className="vergelijken-scroll" role="region" aria-labelledby="conclusies-titel" tabIndex={0}>
        <table className={`vergelijken-tabel conclusies-tabel ${kolommenKlasse(matrix.kolommen.length)}`}>
          <caption className="visually-hidden">{t(V.conclusiesCaption)}</caption>
          <colgroup>
            <col className="kol-kop" />
            <col span={matrix.kolommen.length} />
          </colgroup>
          <thead>
            <tr>
              <td rowSpan={2} />
              {matrix.groepen.map((g) => (
                <th key={g.gemeente_id} scope="colgroup" colSpan={g.span} className="groep">
                  {g.gemeente}
                </th>
              ))}
            </tr>
            <tr>
              {matrix.kolommen.map((k) => (
                <th key={k.aanpak_id} scope="col" data-aanpak={k.aanpak_id} lang={nl}>
                  {k.aanpak}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.rijen.map((r) => (
              <tr key={r.thema_code} data-thema={r.thema_code}>
                <th scope="row" className="thema-kop">
                  <KaderTekst soort="thema" nl={r.thema} code={r.thema_code} />
                </th>
                {r.cellen.map((cel, i) => (
                  <td key={matrix.kolommen[i]?.aanpak_id ?? i} data-aanpak={matrix.kolommen[i]?.aanpak_id}>
                    {cel ? <ConclusieCel cel={cel} /> : <span className="niet-vermeld">–</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
