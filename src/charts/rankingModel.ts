/**
 * Model of the ranking "Terugkerende verbeterpunten" (framework-free, unit-tested): the order of the
 * indicators, the generated sentence per indicator and the d3 scale of the bar chart.
 */
import { format, scaleLinear, type ScaleLinear } from 'd3';
import { ranking as R } from '../i18n/berichten';
import { meervoud as mv, vertaal, type Taal } from '../i18n/core';
import { indicatorNamen, type IndicatorNamen, type RankingRij } from '../model/queries';

export interface RankingItem extends Readonly<IndicatorNamen> {
  readonly volgorde: number;
  readonly aanpakken: number;
  readonly verbeterpunt: number;
  readonly onduidelijk: number;
  /** Of `verbeterpunt`: X's that are one mark shared by a merged block of indicators. */
  readonly gedeeld: number;
  readonly voldoet: number;
  readonly gemeenten: number;
  readonly gemeentenVerbeterpunt: number;
  /** Shares 0..1 */
  readonly aandeelAanpakken: number;
  readonly aandeelOnduidelijk: number;
  readonly aandeelGemeenten: number;
  /** Generated from the counts, e.g. "Doorzettingsmacht: verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)". */
  readonly zin: string;
  /** The same sentence without "label: ", e.g. "verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)". */
  readonly uitkomst: string;
}

/** The counts a sentence is made from (a ranking row, or the oordelen of one indicator). */
export interface VerbeterpuntTelling {
  readonly label: string;
  readonly aanpakken: number;
  readonly verbeterpunt: number;
  /** Of `verbeterpunt`: X's shared by a merged block (one mark for several indicators); default 0. */
  readonly gedeeld?: number;
  readonly onduidelijk: number;
  readonly gemeenten: number;
  readonly gemeentenVerbeterpunt: number;
}

/** "verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)" (+ "; bij 1 aanpak onduidelijk"), from the counts. */
export function verbeterpuntUitkomst(t: Omit<VerbeterpuntTelling, 'label'>, taal: Taal = 'nl'): string {
  const aanpakWoord = mv(taal, R.aanpakWoord, t.aanpakken);
  const gemeenteWoord = mv(taal, R.gemeenteWoord, t.gemeenten);
  const kern =
    t.verbeterpunt === 0
      ? vertaal(taal, R.geenVerbeterpunt, { aanpakken: t.aanpakken, aanpakWoord })
      : vertaal(taal, R.verbeterpuntIn, {
          x: t.verbeterpunt,
          aanpakken: t.aanpakken,
          aanpakWoord,
          gx: t.gemeentenVerbeterpunt,
          gemeenten: t.gemeenten,
          gemeenteWoord,
        });
  const onduidelijk =
    t.onduidelijk > 0
      ? vertaal(taal, R.onduidelijkBij, {
          n: t.onduidelijk,
          aanpakWoord: mv(taal, R.aanpakWoord, t.onduidelijk),
        })
      : '';
  const gedeeld = t.gedeeld ? vertaal(taal, R.gedeeldBij, { n: t.gedeeld }) : '';
  return `${kern}${gedeeld}${onduidelijk}`;
}

/**
 * "Doorzettingsmacht: verbeterpunt in 5 van 7 aanpakken (3 van 4 gemeenten)", with
 * "; bij 1 aanpak onduidelijk" when some oordelen are onduidelijk. Only made from the counts.
 */
export function verbeterpuntZin(t: VerbeterpuntTelling, taal: Taal = 'nl'): string {
  return `${t.label}: ${verbeterpuntUitkomst(t, taal)}`;
}

/**
 * Ranked by the share of aanpakken with a verbeterpunt (most first); ties keep the order of the
 * toetsingskader (`volgorde`), whatever order the rows arrive in.
 */
export function buildRanking(rows: readonly RankingRij[], taal: Taal = 'nl'): RankingItem[] {
  return rows
    .map((r) => {
      const telling: VerbeterpuntTelling = {
        label: r.label,
        aanpakken: r.aanpakken,
        verbeterpunt: r.aanpakken_verbeterpunt,
        onduidelijk: r.aanpakken_onduidelijk,
        gedeeld: r.aanpakken_verbeterpunt_gedeeld,
        gemeenten: r.gemeenten,
        gemeentenVerbeterpunt: r.gemeenten_verbeterpunt,
      };
      return {
        ...indicatorNamen(r),
        volgorde: r.volgorde,
        aanpakken: r.aanpakken,
        verbeterpunt: r.aanpakken_verbeterpunt,
        onduidelijk: r.aanpakken_onduidelijk,
        gedeeld: r.aanpakken_verbeterpunt_gedeeld,
        voldoet: r.aanpakken_voldoet,
        gemeenten: r.gemeenten,
        gemeentenVerbeterpunt: r.gemeenten_verbeterpunt,
        aandeelAanpakken: r.aanpakken ? r.aanpakken_verbeterpunt / r.aanpakken : 0,
        aandeelOnduidelijk: r.aanpakken ? r.aanpakken_onduidelijk / r.aanpakken : 0,
        aandeelGemeenten: r.gemeenten ? r.gemeenten_verbeterpunt / r.gemeenten : 0,
        zin: verbeterpuntZin(telling, taal),
        uitkomst: verbeterpuntUitkomst(telling, taal),
      };
    })
    .sort((a, b) => b.aandeelAanpakken - a.aandeelAanpakken || a.volgorde - b.volgorde);
}

/**
 * The ranking split for the view: the indicators with a verbeterpunt (or an onduidelijk oordeel) as
 * bars, and those with neither, which the view folds into one line.
 */
export function splitsRanking(items: readonly RankingItem[]): {
  metVerbeterpunt: RankingItem[];
  zonder: RankingItem[];
} {
  const leeg = (i: RankingItem) => i.verbeterpunt === 0 && i.onduidelijk === 0;
  return { metVerbeterpunt: items.filter((i) => !leeg(i)), zonder: items.filter(leeg) };
}

/** Share (0..1) to a bar length in percent of the bar area (0..100). */
export function rankingSchaal(): ScaleLinear<number, number> {
  return scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);
}

/** A share as a whole percentage; same form in nl-NL and en-GB ("43%"). */
export const procent = format('.0%');

/** Axis ticks of the chart: position in percent and the label, e.g. { x: 50, label: '50%' }. */
export function rankingAs(schaal = rankingSchaal()): { x: number; label: string }[] {
  return schaal.ticks(4).map((t) => ({ x: schaal(t), label: procent(t) }));
}
