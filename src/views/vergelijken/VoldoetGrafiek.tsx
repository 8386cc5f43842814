import { ScrollTable } from '../../components/ScrollTable';
import { PANEEL, type ThemaPaneel, type VergelijkGrafiek } from '../../charts/vergelijkenModel';
import { vergelijkenPlaat } from '../../charts/export/vergelijkenPlaat';
import { KaderTekst } from '../../components/KaderTekst';
import type { FilterKeuze } from '../../charts/export/woorden';
import { PlaatKnoppen } from '../../components/PlaatKnoppen';
import { B, useBronLang, useT, type Vertaler } from '../../i18n';

const V = B.vergelijken;

function paneelLabel(p: ThemaPaneel, t: Vertaler): string {
  const staven = p.staven.map((s) =>
    t(V.paneelStaaf, { gemeente: s.gemeente, aanpak: s.aanpak, tekst: s.tekst }),
  );
  return `${p.thema}: ${staven.join('; ')}`;
}

function Paneel({ p, as }: { p: ThemaPaneel; as: VergelijkGrafiek['as'] }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <figure className="vergelijken-paneel" data-thema={p.thema_code}>
      <figcaption>
        <KaderTekst soort="thema" nl={p.thema} code={p.thema_code} />
      </figcaption>
      <svg
        viewBox={`0 0 ${PANEEL.breedte} ${p.hoogte}`}
        className="paneel-svg"
        role="img"
        aria-label={paneelLabel(p, t)}
        focusable="false"
      >
        {as.map((tick) => (
          <g key={tick.label} className="paneel-as">
            <line x1={tick.x} x2={tick.x} y1={p.hoogte - PANEEL.onder + 2} y2={p.hoogte - PANEEL.onder + 6} />
            <text
              x={tick.x}
              y={p.hoogte - 4}
              textAnchor={tick.x === 0 ? 'start' : tick.x >= PANEEL.balk ? 'end' : 'middle'}
            >
              {tick.label}
            </text>
          </g>
        ))}
        {p.staven.map((s) => (
          <g key={s.aanpak_id} data-aanpak={s.aanpak_id}>
            <text x={0} y={s.y + 13} className="paneel-label">
              {s.gemeente} · <tspan lang={nl}>{s.aanpak}</tspan>
            </text>
            <rect x={0} y={s.balkY} width={PANEEL.balk} height={PANEEL.balkHoogte} className="paneel-spoor" />
            <rect x={0} y={s.balkY} width={s.breedte} height={PANEEL.balkHoogte} className="paneel-balk" />
            <text x={PANEEL.balk + 8} y={s.balkY + PANEEL.balkHoogte - 2} className="paneel-getal">
              {s.tekst}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}

/** The share voldoet per thema and aanpak: a panel per thema (d3 scales, React SVG), the picture buttons and the figures as a table. */
export function VoldoetGrafiek({ grafiek, keuze }: { grafiek: VergelijkGrafiek; keuze: FilterKeuze }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <section aria-labelledby="voldoet-titel" className="vergelijken-blok">
      <h3 id="voldoet-titel">{t(V.voldoetTitel)}</h3>
      <p className="vergelijken-uitleg">{t(V.voldoetUitleg)}</p>
      <div className="vergelijken-panelen">
        {grafiek.panelen.map((p) => (
          <Paneel key={p.thema_code} p={p} as={grafiek.as} />
        ))}
      </div>
      <PlaatKnoppen
        view="vergelijken"
        wat={t(V.voldoetTitel)}
        keuze={keuze}
        teken={(c) => vergelijkenPlaat(grafiek, c)}
      />
      <details className="vergelijken-cijfers">
        <summary>{t(V.cijfersTonen)}</summary>
        <ScrollTable
          wrapClass="vergelijken-scroll"
          label={t(V.cijfersRegio)}
          className="vergelijken-tabel"
          caption={t(V.cijfersCaption)}
          columns={[
            t(V.kolThema),
            t(V.kolGemeenteAanpak),
            t(V.kolVoldoet),
            t(V.kolVerbeterpunt),
            t(V.kolOnduidelijk),
          ]}
        >
          {grafiek.panelen.map((p) =>
            p.staven.map((s, i) => (
              <tr key={`${p.thema_code}~${s.aanpak_id}`}>
                {i === 0 && (
                  <th scope="rowgroup" rowSpan={p.staven.length}>
                    <KaderTekst soort="thema" nl={p.thema} code={p.thema_code} />
                  </th>
                )}
                <th scope="row">
                  {s.gemeente}: <span lang={nl}>{s.aanpak}</span>
                </th>
                <td>{s.tekst}</td>
                <td>{s.telling.verbeterpunt}</td>
                <td>{s.telling.onduidelijk}</td>
              </tr>
            )),
          )}
        </ScrollTable>
      </details>
    </section>
  );
}
