import { B, useBronLang, useT } from '../i18n';
import type { IndicatorAanpakOordeel } from '../model/queries-vergelijken';
import { BronVermelding, bronVan, OordeelWat } from './BronLink';
import { blokLijst, MogelijkOnvolledig, OnduidelijkReden, OordeelBadge, OpenVakje } from './OordeelDelen';

const I = B.indicator;
const D = B.drilldown;

function Bron({ o }: { o: IndicatorAanpakOordeel }) {
  const t = useT();
  if (!o.bron_bestand && !o.bronnen) return <p className="indicator-bron">{t(I.bronOnbekend)}</p>;
  return (
    <BronVermelding
      className="indicator-bron bron-plekken"
      {...bronVan(o)}
      wat={<OordeelWat gemeente={o.gemeente} aanpak={o.aanpak} indicator={o.indicator} />}
    />
  );
}

/** One aanpak's oordeel on the indicator: the mark, bevinding, LET OP, warnings, source and drill-down button. */
export function AanpakOordeel({ o }: { o: IndicatorAanpakOordeel }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <li className={`indicator-aanpak rand-${o.oordeel}`} data-aanpak={o.aanpak_id} data-oordeel={o.oordeel}>
      <h4 lang={nl}>{o.aanpak}</h4>
      <OordeelBadge oordeel={o.oordeel} klasse="indicator-badge" />
      {o.bevinding ? (
        <p className="brontekst" lang={nl}>
          {o.bevinding}
        </p>
      ) : (
        <p>{t(D.geenBevinding)}</p>
      )}
      {o.let_op && (
        <p className="let-op">
          <strong>{t(D.letOp)}</strong>{' '}
          <span className="brontekst" lang={nl}>
            {o.let_op}
          </span>
        </p>
      )}
      {o.oordeel === 'onduidelijk' && <OnduidelijkReden reden={o.reden} />}
      {o.mogelijk_onvolledig && <MogelijkOnvolledig uitleg={t(I.mogelijkOnvolledig)} />}
      {o.gedeeld && <p className="toelichting">{t(D.gedeeldTeken, { blok: blokLijst(o.blok) })}</p>}
      <Bron o={o} />
      <OpenVakje o={o} celKnop />
    </li>
  );
}
