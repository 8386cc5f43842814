/**
 * Lost text, shown and never hidden: a source text with "[tekst ontbreekt in de bron]" at each gap and a
 * one-line explanation of the sign (README "Gaps").
 */
import type { ReactNode } from 'react';
import { B, Rijk, useBronLang, useT, useTaal, type Tekst } from '../i18n';
import { tekstMetGaten, type Gat, type GatReden, type GatVeld } from '../model/gaten';
import { NlTag } from './BegripLink';

const M = B.bron;

export const REDEN_TEKST: Readonly<Record<GatReden, Tekst>> = {
  'begint-midden-in-zin': M.redenBegintMiddenInZin,
  'kleine-letter-na-punt': M.redenKleineLetterNaPunt,
  'los-lidwoord': M.redenLosLidwoord,
  'afgebroken-woord': M.redenAfgebrokenWoord,
  'eindigt-midden-in-zin': M.redenEindigtMiddenInZin,
  'let-op-afgebroken': M.redenLetOpAfgebroken,
  'geen-tekst': M.redenGeenTekst,
};

/** The mark at a gap, in the interface language (it sits inside Dutch source text). */
export function GatTeken({ reden }: { reden: GatReden }) {
  const t = useT();
  const taal = useTaal();
  return (
    <span className="gat-teken" lang={taal === 'nl' ? undefined : taal} data-reden={reden}>
      {t(M.gatTeken)}
    </span>
  );
}

/** `tekst` (Dutch source text) with a mark at each gap of `veld`. */
export function GatTekst({
  tekst,
  gaten,
  veld,
  als: Als = 'p',
  className = 'brontekst',
}: {
  tekst: string;
  gaten: readonly Gat[];
  veld: GatVeld;
  als?: 'p' | 'span';
  className?: string;
}) {
  const nl = useBronLang();
  return (
    <Als className={className} lang={nl}>
      {tekstMetGaten(tekst, gaten, veld).map((d, i) =>
        'gat' in d ? <GatTeken key={i} reden={d.gat} /> : d.tekst,
      )}
    </Als>
  );
}

/** What the sign of a gap was, as a phrase (for inside a sentence). */
export function RedenTekst({ reden }: { reden: GatReden }) {
  return <Rijk m={REDEN_TEKST[reden]} tags={{ nl: NlTag }} />;
}

/** One line per gap of `velden`: the mark and what its sign was. Nothing without gaps. */
export function GatUitleg({ gaten, velden }: { gaten: readonly Gat[]; velden: readonly GatVeld[] }) {
  const hier = gaten.filter((g) => velden.includes(g.veld));
  if (!hier.length) return null;
  return (
    <ul className="gat-uitleg">
      {hier.map((g, i) => (
        <li key={i}>
          <GatTeken reden={g.reden} /> <GatZin m={M.gatUitleg} reden={g.reden} />
        </li>
      ))}
    </ul>
  );
}

export function GatZin({ m, reden }: { m: Tekst; reden: GatReden }): ReactNode {
  return <Rijk m={m} waarden={{ teken: <RedenTekst reden={reden} /> }} />;
}
