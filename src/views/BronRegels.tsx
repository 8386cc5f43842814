/**
 * The text of a source document as numbered lines, in a labelled region: the block of the chosen
 * oordeel highlighted (with its start and end announced to screen readers), the line of the mark
 * marked, and "[tekst ontbreekt in de bron]" where a gap's place could be found.
 */
import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { Foutmelding, Laden } from '../components/Status';
import { B, Rijk, useBronLang, useT, useTaal } from '../i18n';
import { plaatsGat, type GatReden, type Plek } from '../model/gaten';
import { GatTeken, GatZin } from './GatTekst';
import type { BronTekstStand } from './useBronTekst';

const M = B.bron;

/** A gap placed in the lines. */
export interface GeplaatstGat extends Plek {
  readonly reden: GatReden;
}

/** The highlighted block. */
export interface Blok {
  readonly van: number;
  readonly tot: number;
  readonly teken: number | null;
  /** "A9 Doorzettingsmacht, OGGz": what is highlighted, for the announcement. */
  readonly code: string;
  readonly label: string;
  readonly aanpak: string;
}

/** Texts with gaps and the lines of their block, for placing the gaps. */
export interface TekstMetGat {
  readonly van: number;
  readonly tot: number;
  readonly tekst: string;
  readonly offset: number;
  readonly reden: GatReden;
}

/** Every gap that can be placed, once per place, by line. */
export function plaatsAlleGaten(
  regels: readonly string[],
  teksten: readonly TekstMetGat[],
): Map<number, GeplaatstGat[]> {
  const perRegel = new Map<number, GeplaatstGat[]>();
  for (const g of teksten) {
    const p = plaatsGat(regels, g.van, g.tot, g.tekst, g.offset);
    if (!p) continue;
    const lijst = perRegel.get(p.regel) ?? [];
    if (!lijst.some((x) => x.kolom === p.kolom)) lijst.push({ ...p, reden: g.reden });
    perRegel.set(
      p.regel,
      lijst.sort((a, b) => a.kolom - b.kolom),
    );
  }
  return perRegel;
}

const Regel = memo(function Regel({
  n,
  tekst,
  gaten,
  inBlok,
  teken,
  tekenTekst,
}: {
  n: number;
  tekst: string;
  gaten: readonly GeplaatstGat[] | undefined;
  inBlok: boolean;
  teken: boolean;
  tekenTekst: string;
}) {
  const nl = useBronLang();
  const taal = useTaal();
  const delen: ReactNode[] = [];
  let vanaf = 0;
  for (const g of gaten ?? []) {
    if (g.kolom > vanaf) delen.push(tekst.slice(vanaf, g.kolom));
    delen.push(<GatTeken key={`g${g.kolom}`} reden={g.reden} />);
    vanaf = Math.max(vanaf, g.kolom);
  }
  if (vanaf < tekst.length) delen.push(tekst.slice(vanaf));
  return (
    <div
      className={`regel${inBlok ? ' in-blok' : ''}${teken ? ' teken-regel' : ''}`}
      id={`regel-${n}`}
      data-regel={n}
    >
      <span className="regelnr">{n}</span>
      {teken && (
        <span className="teken-label" lang={taal === 'nl' ? undefined : taal}>
          {tekenTekst}
        </span>
      )}
      <span className="regeltekst" lang={nl}>
        {inBlok ? <mark>{delen}</mark> : delen}
      </span>
    </div>
  );
});

export function BronRegels({
  stand,
  blok,
  gaten,
  naBlok,
  bestand,
}: {
  stand: BronTekstStand;
  blok: Blok | null;
  gaten: readonly TekstMetGat[];
  /** Shown right after the highlighted block (the previous / next links). */
  naBlok?: ReactNode;
  bestand: string;
}) {
  const t = useT();
  const taal = useTaal();
  const nl = useBronLang();
  const ui = taal === 'nl' ? undefined : taal;
  const regels = stand.soort === 'klaar' ? stand.regels : null;
  const perRegel = useMemo(() => (regels ? plaatsAlleGaten(regels, gaten) : new Map()), [regels, gaten]);
  const blokRef = useRef<HTMLDivElement>(null);
  const sleutel = blok ? `${blok.van}-${blok.tot}-${blok.code}` : '';

  useEffect(() => {
    if (!regels || !blok) return;
    blokRef.current?.scrollIntoView?.({ block: 'start' });
  }, [regels, sleutel]); // eslint-disable-line react-hooks/exhaustive-deps -- sleutel identifies the block

  const tekenTekst = t(M.tekenRegel);
  const regel = (tekst: string, i: number) => {
    const n = i + 1;
    const inBlok = blok !== null && n >= blok.van && n <= blok.tot;
    return (
      <Regel
        key={n}
        n={n}
        tekst={tekst}
        gaten={perRegel.get(n)}
        inBlok={inBlok}
        teken={inBlok && blok?.teken === n}
        tekenTekst={tekenTekst}
      />
    );
  };
  const aankondiging = blok && (
    <Rijk
      m={M.blokBegin}
      waarden={{
        van: String(blok.van),
        tot: String(blok.tot),
        code: blok.code,
        label: <span lang={nl}>{blok.label}</span>,
        aanpak: <span lang={nl}>{blok.aanpak}</span>,
      }}
    />
  );

  return (
    <section className="bron-tekst" aria-labelledby="bron-tekst-kop" data-bestand={bestand}>
      <h3 id="bron-tekst-kop">{t(M.tekstKop)}</h3>
      <p className="bron-uitleg">{t(M.tekstUitleg)}</p>
      <p className="visually-hidden" role="status">
        {regels && aankondiging}
      </p>
      {stand.soort === 'laden' && <Laden tekst={t(M.tekstLaden)} />}
      {stand.soort === 'fout' && <Foutmelding error={stand.fout} titel={t(M.tekstFout)} />}
      {regels && (
        <div className="bron-regels">
          {regels.slice(0, blok ? blok.van - 1 : regels.length).map((r, i) => regel(r, i))}
          {blok && (
            <div
              className="bron-blok"
              id="bron-blok"
              role="group"
              aria-labelledby="bron-blok-kop"
              tabIndex={-1}
              ref={blokRef}
            >
              <span className="visually-hidden" id="bron-blok-kop" lang={ui}>
                {aankondiging}
              </span>
              {regels.slice(blok.van - 1, blok.tot).map((r, i) => regel(r, blok.van - 1 + i))}
              <span className="visually-hidden" lang={ui}>
                {t(M.blokEinde)}
              </span>
            </div>
          )}
          {blok && naBlok}
          {blok && regels.slice(blok.tot).map((r, i) => regel(r, blok.tot + i))}
        </div>
      )}
    </section>
  );
}

/** A paragraph for a gap whose place could not be found in the lines. */
export function GatZonderPlek({ reden }: { reden: GatReden }) {
  return (
    <p className="waarschuwing">
      <GatTeken reden={reden} /> <GatZin m={M.gatZonderPlek} reden={reden} />
    </p>
  );
}
