/** The oordelen of a source document: the list (no oordeel chosen) and previous / next. */
import { ScrollTable } from '../components/ScrollTable';
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { B, useBronLang, useT, type Tekst } from '../i18n';
import type { BronOordeel } from '../model/queries-bron';
import { BronLink } from './BronLink';

const M = B.bron;

export function OordeelBadge({ o }: { o: BronOordeel }) {
  const t = useT();
  return (
    <span className={`badge cel-${o.oordeel}`}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[o.oordeel]} </span>
      {t(OORDEEL_WOORD[o.oordeel])}
    </span>
  );
}

export function Bladeren({
  bestand,
  vorige,
  volgende,
}: {
  bestand: string;
  vorige: BronOordeel | undefined;
  volgende: BronOordeel | undefined;
}) {
  const t = useT();
  const nl = useBronLang();
  const link = (o: BronOordeel, m: Tekst, rel: 'prev' | 'next') => (
    <BronLink
      bestand={bestand}
      oordeel={{ aanpak: o.aanpak_id, indicator: o.indicator }}
      className={`bron-${rel}`}
    >
      {rel === 'prev' && <span aria-hidden="true">← </span>}
      {t(m)}: <span lang={nl}>{o.aanpak}</span>, {o.indicator} <span lang={nl}>{o.label}</span>
      {rel === 'next' && <span aria-hidden="true"> →</span>}
    </BronLink>
  );
  return (
    <nav className="bron-bladeren" aria-label={t(M.bladeren)}>
      {vorige && link(vorige, M.vorige, 'prev')}
      {volgende && link(volgende, M.volgende, 'next')}
    </nav>
  );
}

export function OordelenLijst({ bestand, rijen }: { bestand: string; rijen: readonly BronOordeel[] }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <>
      <h3>{t(M.oordelenKop)}</h3>
      <ScrollTable
        wrapClass="bron-tabel-wrap"
        label={t(M.oordelenKop)}
        className="bron-oordelen"
        columns={[t(M.kolRegels), t(M.kolAanpak), t(M.kolIndicator), t(M.kolOordeel)]}
      >
        {rijen.map((o) => (
          <tr key={`${o.aanpak_id}~${o.indicator}`} data-aanpak={o.aanpak_id} data-indicator={o.indicator}>
            <td>
              {o.van}–{o.tot}
            </td>
            <td lang={nl}>{o.aanpak}</td>
            <th scope="row">
              <BronLink bestand={bestand} oordeel={{ aanpak: o.aanpak_id, indicator: o.indicator }}>
                {o.indicator} <span lang={nl}>{o.label}</span>
              </BronLink>
            </th>
            <td>
              <OordeelBadge o={o} />
            </td>
          </tr>
        ))}
      </ScrollTable>
    </>
  );
}
