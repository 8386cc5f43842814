/**
 * The source view (`?weergave=bron&bestand=003_ad61aa6d5b713ddd.txt&markeer=emmen.oggz~A9`): a source
 * document as numbered lines with the block of one oordeel highlighted, its mark line marked, the gaps
 * marked, and links to the previous and next oordeel. Without `bestand`: the list of documents.
 *
 * Needs no DuckDB: its queries are prerendered for every document (src/app/paginas.ts) and a link with
 * `markeer=` asks the same ones; the text is a static file fetched with fetch() (./useBronTekst.ts).
 */
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { firstError, useQuery } from '../hooks/useQuery';
import { B, Rijk, useBronLang, useT } from '../i18n';
import { leesGaten, plaatsGat, type Gat } from '../model/gaten';
import { bronDocumenten, type BronDocument } from '../model/queries-methode';
import { bronConclusies, bronOordelen, type BronConclusie, type BronOordeel } from '../model/queries-bron';
import { formatUrl, knownIds, selectUrlState, useAppStore, useAppStoreShallow, type Cel } from '../store';
import { BronLink } from './BronLink';
import { bronNaam, kopieVan, publicatieMaand } from './bronNaam';
import { BronRegels, GatZonderPlek, type Blok, type TekstMetGat } from './BronRegels';
import { leesOordeel } from './bronStaat';
import { Bladeren, OordeelBadge, OordelenLijst } from './BronOordelen';
import { GatTekst, GatUitleg } from './GatTekst';
import { useBronTekst, type BronTekstStand } from './useBronTekst';
import { ViewLink } from './ViewLink';
import './Bron.css';

const M = B.bron;
const SOORT = { raw: M.layoutRaw, tab: M.layoutTab, markdown: M.layoutMarkdown } as const;

export function BronView() {
  const bestand = useAppStore((s) => s.extra.bestand);
  const oordeelParam = useAppStore((s) => s.extra.markeer);
  const catalog = useAppStore((s) => s.catalog);
  const gekozen = useMemo(() => leesOordeel(oordeelParam, knownIds(catalog)), [oordeelParam, catalog]);
  const docs = useQuery(useMemo(() => bronDocumenten(), []));
  const t = useT();
  const doc = docs.status === 'success' ? docs.data.find((d) => d.bestand === bestand) : undefined;

  if (doc && docs.status === 'success') return <Document doc={doc} docs={docs.data} gekozen={gekozen} />;
  return (
    <section aria-labelledby="bron-titel" className="view bron">
      <Kop>{t(B.app.viewBron)}</Kop>
      <p className="intro">{t(M.intro)}</p>
      {docs.status === 'error' ? (
        <Foutmelding error={docs.error} opnieuw={docs.retry} />
      ) : docs.status !== 'success' ? (
        <Laden />
      ) : (
        <>
          {bestand && (
            <p className="melding" role="status">
              {t(M.onbekend)}
            </p>
          )}
          <h3>{t(M.documenten)}</h3>
          <ul className="bron-documenten">
            {docs.data
              .filter((d) => d.regels > 0)
              .map((d) => (
                <li key={d.bestand}>
                  <BronLink bestand={d.bestand}>
                    {bronNaam(t.taal, d, kopieVan(docs.data, d.bestand))}
                  </BronLink>{' '}
                  <code>{d.bestand}</code>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The view's heading; focused on arrival when the link that led here has gone. */
function Kop({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const actief = document.activeElement;
    if (!actief || actief === document.body) ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h2 id="bron-titel" tabIndex={-1} ref={ref}>
      {children}
    </h2>
  );
}

/** A source document, the other documents, and the oordeel it was opened for (if any). */
interface DocumentProps {
  doc: BronDocument;
  docs: readonly BronDocument[];
  gekozen: Cel | null;
}

function Document({ doc, docs, gekozen }: DocumentProps) {
  const t = useT();
  const oordelen = useQuery(useMemo(() => bronOordelen(doc.bestand, doc.gemeente_id), [doc]));
  const conclusies = useQuery(useMemo(() => bronConclusies(doc.bestand, doc.gemeente_id), [doc]));
  const tekst = useBronTekst(doc.bestand);
  const kopie = kopieVan(docs, doc.bestand);
  const rijen = oordelen.status === 'success' ? oordelen.data : null;
  const i =
    rijen && gekozen
      ? rijen.findIndex((r) => r.aanpak_id === gekozen.aanpak && r.indicator === gekozen.indicator)
      : -1;
  const sel = rijen && i >= 0 ? (rijen[i] as BronOordeel) : null;
  const gatTeksten = useMemo(
    () => teksten(rijen ?? [], conclusies.status === 'success' ? conclusies.data : []),
    [rijen, conclusies],
  );
  const blok: Blok | null = sel
    ? {
        van: sel.van,
        tot: sel.tot,
        teken: sel.teken_regel,
        code: sel.indicator,
        label: sel.label,
        aanpak: sel.aanpak,
      }
    : null;
  const error = firstError(oordelen, conclusies);

  return (
    <section aria-labelledby="bron-titel" className="view bron">
      <Kop>{bronNaam(t.taal, doc, kopie)}</Kop>
      <Gegevens doc={doc} />
      {kopie[1] > 1 && <Kopieen doc={doc} docs={docs} gekozen={sel ? gekozen : null} />}
      {error ? (
        <Foutmelding error={error} />
      ) : !rijen ? (
        <Laden />
      ) : sel ? (
        <Gekozen o={sel} tekst={tekst} />
      ) : (
        <>
          {gekozen && (
            <p className="melding" role="status">
              {t(M.nietInDocument)}
            </p>
          )}
          <OordelenLijst bestand={doc.bestand} rijen={rijen} />
        </>
      )}
      <BronRegels
        stand={tekst}
        blok={blok}
        gaten={gatTeksten}
        bestand={doc.bestand}
        naBlok={
          rijen && sel && <Bladeren bestand={doc.bestand} vorige={rijen[i - 1]} volgende={rijen[i + 1]} />
        }
      />
    </section>
  );
}

/** Every text of the document with a gap, with the lines to look for it in. */
function teksten(rijen: readonly BronOordeel[], conclusies: readonly BronConclusie[]): TekstMetGat[] {
  const uit: TekstMetGat[] = [];
  for (const r of rijen)
    for (const g of leesGaten(r.gaten)) {
      const tekst = g.veld === 'let_op' ? r.let_op : r.bevinding;
      if (tekst !== null) uit.push({ van: r.van, tot: r.tot, tekst, offset: g.offset, reden: g.reden });
    }
  for (const c of conclusies)
    for (const g of leesGaten(c.gaten)) {
      const tekst = g.veld === 'goed' ? c.goed : g.veld === 'beter' ? c.beter : c.onbepaald;
      if (tekst !== null) uit.push({ van: c.van, tot: c.tot, tekst, offset: g.offset, reden: g.reden });
    }
  return uit;
}

function Gegevens({ doc }: { doc: BronDocument }) {
  const t = useT();
  const nl = useBronLang();
  const maand = publicatieMaand(t.taal, doc.publicatiemaand);
  return (
    <dl className="bron-gegevens">
      <dt>{t(M.bestand)}</dt>
      <dd>
        <code>{doc.bestand}</code>
      </dd>
      <dt>{t(M.sha256)}</dt>
      <dd>
        <code className="bron-hash">{doc.sha256}</code>
      </dd>
      <dt>{t(M.regels)}</dt>
      <dd>{t.getal(doc.regels)}</dd>
      <dt>{t(M.soort)}</dt>
      <dd>{Object.hasOwn(SOORT, doc.layout) ? t(SOORT[doc.layout as keyof typeof SOORT]) : doc.layout}</dd>
      {doc.titel && doc.uitgever && maand && (
        <>
          <dt>{t(M.publicatie)}</dt>
          <dd data-testid="bron-publicatie">
            <Rijk
              m={M.publicatieTekst}
              waarden={{ uitgever: <span lang={nl}>{doc.uitgever}</span>, maand }}
              tags={{ titel: () => <span lang={nl}>{doc.titel}</span> }}
            />
          </dd>
        </>
      )}
      <dt>{t(M.tekstbestand)}</dt>
      <dd>
        <a href={`data/bronnen/${doc.bestand}`} type="text/plain">
          {t(M.tekstOpenen)}
        </a>
      </dd>
    </dl>
  );
}

function Kopieen({ doc, docs, gekozen }: DocumentProps) {
  const t = useT();
  const andere = docs.filter((d) => d.gemeente_id === doc.gemeente_id && d.bestand !== doc.bestand);
  return (
    <div className="bron-kopieen">
      <p>{t(M.kopieen, { n: andere.length + 1 })}</p>
      <ul>
        {andere.map((d) => {
          const naam = bronNaam(t.taal, d, kopieVan(docs, d.bestand));
          return (
            <li key={d.bestand}>
              <BronLink bestand={d.bestand} oordeel={gekozen}>
                {t(gekozen ? M.andereVersie : M.andereVersieKaal, { naam })}
              </BronLink>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The chosen oordeel: what is highlighted, its lines and mark, the bevinding with its gaps. */
function Gekozen({ o, tekst }: { o: BronOordeel; tekst: BronTekstStand }) {
  const t = useT();
  const nl = useBronLang();
  const state = useAppStoreShallow(selectUrlState);
  const applyUrlState = useAppStore((s) => s.applyUrlState);
  const gaten = leesGaten(o.gaten);
  const regels = tekst.soort === 'klaar' ? tekst.regels : null;
  const zonderPlek = regels
    ? gaten.filter(
        (g) =>
          !plaatsGat(regels, o.van, o.tot, (g.veld === 'let_op' ? o.let_op : o.bevinding) ?? '', g.offset),
      )
    : [];
  const cel = { aanpak: o.aanpak_id, indicator: o.indicator };
  const naarBlok = (e: MouseEvent<HTMLAnchorElement>) => {
    const blok = document.getElementById('bron-blok');
    if (!blok) return;
    e.preventDefault();
    blok.scrollIntoView({ block: 'start' });
    blok.focus({ preventScroll: true });
  };
  return (
    <section
      className="bron-gekozen"
      aria-labelledby="bron-gekozen-kop"
      data-aanpak={o.aanpak_id}
      data-indicator={o.indicator}
    >
      <h3 id="bron-gekozen-kop">
        {t(M.gemarkeerd)}: <span lang={nl}>{o.aanpak}</span>, {o.indicator} <span lang={nl}>{o.label}</span>
      </h3>
      <p>
        <OordeelBadge o={o} />{' '}
        <span className="bron-plek">
          {t(o.van === o.tot ? M.blokRegel : M.blokRegels, { van: String(o.van), tot: String(o.tot) })},{' '}
          {o.teken_regel !== null
            ? t(M.tekenOpRegel, { regel: String(o.teken_regel) })
            : t(M.tekenAlleenHoofdbron)}
          .
        </span>
        {o.gedeeld && o.blok && <> {t(M.gedeeld, { blok: o.blok.split(',').join(', ') })}</>}
      </p>
      <p className="bron-acties">
        <a href={`${formatUrl(state)}#bron-blok`} onClick={naarBlok}>
          {t(M.naarRegels)}
        </a>
        {' · '}
        <ViewLink
          naar={(s) => ({ ...s, view: 'heatmap', cel, extra: {} })}
          onKies={() => applyUrlState({ ...state, view: 'heatmap', cel, extra: {} })}
        >
          {t(M.openVakje)}
        </ViewLink>
      </p>
      <h4>{t(M.bevinding)}</h4>
      {o.bevinding !== null && <GatTekst tekst={o.bevinding} gaten={gaten} veld="bevinding" />}
      {o.let_op && (
        <p className="let-op">
          <strong>{t(B.drilldown.letOp)}</strong>{' '}
          <GatTekst als="span" tekst={o.let_op} gaten={gaten} veld="let_op" />
        </p>
      )}
      <GatUitleg gaten={gaten} velden={['bevinding', 'let_op']} />
      {zonderPlek.map((g: Gat, k) => (
        <GatZonderPlek key={k} reden={g.reden} />
      ))}
    </section>
  );
}
