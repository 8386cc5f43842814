/** "Terugkerende verbeterpunten" as a picture: the items and d3 scale of rankingModel.ts, as the view. */
import { delen as D, ranking as R } from '../../i18n/berichten';
import { vertaal } from '../../i18n/core';
import { rankingAs, rankingSchaal, type RankingItem } from '../rankingModel';
import { omlijst, type LegendaItem, type PlaatContext } from './kader';
import { inkorten, KLEUR, type Plaat, type PlaatElement } from './plaat';

const TEKST = 440;
const BALK = 320;
const RIJ = 42;
const AS = 22;
export const RANKING_KLEUR = {
  aanpakken: '#b42318',
  gemeenten: '#154273',
  onduidelijk: '#fff0b3',
  onduidelijkRand: '#8a6d00',
  raster: '#d0d7de',
} as const;

/**
 * One row per indicator, most verbeterpunten first: code and label, the generated sentence, a bar for
 * the share of aanpakken with a verbeterpunt (onduidelijk dashed after it) and a thinner one for the
 * share of gemeenten. Each row is a group with `data-indicator` and `data-verbeterpunten`.
 */
export function rankingPlaat(items: readonly RankingItem[], c: PlaatContext): Plaat {
  const schaal = rankingSchaal();
  const x = (aandeel: number) => TEKST + (schaal(aandeel) / 100) * BALK;
  const elementen: PlaatElement[] = [];
  const hoogte = AS + items.length * RIJ;
  rankingAs(schaal).forEach((tick, i, alle) => {
    const tx = TEKST + (tick.x / 100) * BALK;
    elementen.push(
      { soort: 'lijn', x1: tx, x2: tx, y1: AS - 4, y2: hoogte, kleur: RANKING_KLEUR.raster },
      {
        soort: 'tekst',
        x: tx,
        y: AS - 8,
        tekst: tick.label,
        grootte: 11,
        kleur: KLEUR.zacht,
        anker: i === 0 ? 'start' : i === alle.length - 1 ? 'end' : 'middle',
      },
    );
  });
  items.forEach((item, i) => {
    const y = AS + i * RIJ;
    const delen: PlaatElement[] = [
      { soort: 'tekst', x: 0, y: y + 16, tekst: item.indicator, grootte: 12, vet: true },
      {
        soort: 'tekst',
        x: 32,
        y: y + 16,
        tekst: inkorten(item.label, 12, TEKST - 44, true),
        grootte: 12,
        vet: true,
        taal: 'nl',
      },
      {
        soort: 'tekst',
        x: 32,
        y: y + 32,
        tekst: inkorten(item.uitkomst, 11.5, TEKST - 44),
        grootte: 11.5,
        kleur: KLEUR.zacht,
      },
      {
        soort: 'rechthoek',
        x: TEKST,
        y: y + 8,
        breedte: x(item.aandeelAanpakken) - TEKST,
        hoogte: 12,
        vulling: RANKING_KLEUR.aanpakken,
      },
    ];
    if (item.onduidelijk > 0)
      delen.push({
        soort: 'rechthoek',
        x: x(item.aandeelAanpakken),
        y: y + 8.5,
        breedte: x(item.aandeelOnduidelijk) - TEKST,
        hoogte: 11,
        vulling: RANKING_KLEUR.onduidelijk,
        rand: RANKING_KLEUR.onduidelijkRand,
        streep: [3, 2],
      });
    delen.push({
      soort: 'rechthoek',
      x: TEKST,
      y: y + 24,
      breedte: x(item.aandeelGemeenten) - TEKST,
      hoogte: 8,
      vulling: RANKING_KLEUR.gemeenten,
    });
    elementen.push({
      soort: 'groep',
      data: {
        indicator: item.indicator,
        verbeterpunten: String(item.verbeterpunt),
        aanpakken: String(item.aanpakken),
      },
      titel: item.zin,
      elementen: delen,
    });
  });
  // Which bar has which denominator, as in the view's legend (every item has the same).
  const noemers = { aanpakken: items[0]?.aanpakken ?? 0, gemeenten: items[0]?.gemeenten ?? 0 };
  const legenda: LegendaItem[] = [
    { tekst: vertaal(c.taal, R.legendaAanpakken, noemers), vulling: RANKING_KLEUR.aanpakken },
    { tekst: vertaal(c.taal, R.legendaGemeenten, noemers), vulling: RANKING_KLEUR.gemeenten },
    {
      tekst: vertaal(c.taal, R.legendaOnduidelijk),
      vulling: RANKING_KLEUR.onduidelijk,
      rand: RANKING_KLEUR.onduidelijkRand,
      streep: [3, 2],
    },
  ];
  return omlijst(
    {
      titel: vertaal(c.taal, D.rankingTitel),
      filters: c.filters,
      legenda,
      bron: vertaal(c.taal, D.bron),
      adres: c.adres,
      beschrijving: vertaal(c.taal, R.lijstLabel),
      taal: c.taal,
    },
    { breedte: TEKST + BALK + 8, hoogte, elementen },
  );
}
