import type { ReactNode } from 'react';
import { B, Rijk, useBronLang, useT } from '../i18n';
import { leesGaten } from '../model/gaten';
import type { CelDetail } from '../model/queries';
import { KaderTekst } from '../components/KaderTekst';
import { NlTag } from './BegripLink';
import { BronVermelding, bronVan, OordeelBronLink } from './BronLink';
import { OnbepaaldNoot } from './ConclusieNoot';
import { GatTekst, GatUitleg } from './GatTekst';
import { blokLijst, MogelijkOnvolledig, OnduidelijkReden, OordeelBadge } from './OordeelDelen';

const D = B.drilldown;

function Blok({ titel, children, className }: { titel: ReactNode; children: ReactNode; className?: string }) {
  return (
    <section className={className}>
      <h3>{titel}</h3>
      {children}
    </section>
  );
}

/** The drill-down's body for one cell: the indicator, the oordeel with bevinding and LET OP, the conclusie, the source. */
export function DetailInhoud({ d }: { d: CelDetail }) {
  const conclusie = d.conclusie_goed || d.conclusie_beter || d.conclusie_onbepaald;
  const t = useT();
  const nl = useBronLang();
  const gaten = leesGaten(d.gaten);
  const cgaten = leesGaten(d.conclusie_gaten);
  return (
    <>
      <dl className="kader">
        <dt>{t(D.indicator)}</dt>
        <dd>
          <KaderTekst soort="tekst" nl={d.tekst} code={d.indicator} />
        </dd>
        <dt>{t(D.criterium)}</dt>
        <dd>
          <KaderTekst soort="criterium" nl={d.criterium} />
        </dd>
        <dt>{t(D.thema)}</dt>
        <dd>
          <KaderTekst soort="thema" nl={d.thema} />
        </dd>
        <dt>{t(D.oordeel)}</dt>
        <dd>
          <OordeelBadge oordeel={d.oordeel} />
        </dd>
      </dl>

      <Blok titel={t(D.bevinding)}>
        {d.bevinding ? (
          <GatTekst tekst={d.bevinding} gaten={gaten} veld="bevinding" />
        ) : (
          <p>{t(D.geenBevinding)}</p>
        )}
        {d.bron_bestand && (
          <p>
            <OordeelBronLink
              bestand={d.bron_bestand}
              van={d.bron_van}
              tot={d.bron_tot}
              oordeel={{ aanpak: d.aanpak_id, indicator: d.indicator }}
            />
          </p>
        )}
        {d.let_op && (
          <div className="let-op">
            <strong>{t(D.letOp)}</strong> <GatTekst als="span" tekst={d.let_op} gaten={gaten} veld="let_op" />
          </div>
        )}
        <GatUitleg gaten={gaten} velden={['bevinding', 'let_op']} />
        {d.oordeel === 'onduidelijk' && <OnduidelijkReden reden={d.reden} />}
        {d.mogelijk_onvolledig && <MogelijkOnvolledig uitleg={t(D.mogelijkOnvolledig)} />}
        {(d.toelichting || d.gedeeld) && (
          <p className="toelichting">
            <strong>{t(D.hoeBepaald)}</strong>{' '}
            {d.toelichting ? (
              <span lang={nl}>{d.toelichting}</span>
            ) : (
              t(D.gedeeldTeken, { blok: blokLijst(d.blok) })
            )}
          </p>
        )}
      </Blok>

      <Blok
        titel={
          <Rijk m={D.conclusieThema} tags={{ thema: () => <KaderTekst soort="thema" nl={d.thema} /> }} />
        }
      >
        {!conclusie && <p>{t(D.geenConclusie)}</p>}
        {d.conclusie_goed && (
          <div className="conclusie conclusie-goed">
            <h4>{t(D.watGaatGoed)}</h4>
            <GatTekst tekst={d.conclusie_goed} gaten={cgaten} veld="goed" />
          </div>
        )}
        {d.conclusie_beter && (
          <div className="conclusie conclusie-beter">
            <h4>{t(D.watKanBeter)}</h4>
            <GatTekst tekst={d.conclusie_beter} gaten={cgaten} veld="beter" />
          </div>
        )}
        {d.conclusie_onbepaald && (
          <div className="conclusie conclusie-onbepaald">
            <h4>{t(D.conclusieOnbepaald)}</h4>
            <GatTekst tekst={d.conclusie_onbepaald} gaten={cgaten} veld="onbepaald" />
          </div>
        )}
        {d.conclusie_onbepaald && <OnbepaaldNoot />}
        <GatUitleg gaten={cgaten} velden={['goed', 'beter', 'onbepaald']} />
      </Blok>

      <Blok titel={t(D.bron)} className="bron">
        <p>
          <Rijk
            m={D.bronFactsheet}
            tags={{ nl: NlTag }}
            waarden={{
              gemeente: d.gemeente,
              maand: d.maand_in_document ? (
                <>
                  {' '}
                  (<span lang={nl}>{d.maand_in_document.toLowerCase()}</span>)
                </>
              ) : (
                ''
              ),
            }}
          />
        </p>
        <BronVermelding {...bronVan(d)} />
      </Blok>
    </>
  );
}
