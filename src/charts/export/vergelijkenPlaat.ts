/** "Gemeenten vergelijken" as a picture: the small multiples of vergelijkenModel.ts, two to a row. */
import { delen as D } from '../../i18n/berichten';
import { vertaal } from '../../i18n/core';
import { PANEEL, type VergelijkGrafiek } from '../vergelijkenModel';
import { omlijst, verschuif, type PlaatContext } from './kader';
import { KLEUR, type Plaat, type PlaatElement } from './plaat';

const KOLOMMEN = 2;
const TUSSEN = 40;
const KOP = 22;
export const VERGELIJKEN_KLEUR = { balk: '#2e7d32', spoor: '#f2f4f6', spoorRand: '#8c959f' } as const;

/**
 * One panel per thema (the share of its indicators that voldoen, per aanpak, on one scale), in
 * toetsingskader order, two panels to a row. Each bar is a group with `data-thema`, `data-aanpak`,
 * `data-voldoet` and `data-totaal`.
 */
export function vergelijkenPlaat(grafiek: VergelijkGrafiek, c: PlaatContext): Plaat {
  const elementen: PlaatElement[] = [];
  let y = 0;
  for (let rij = 0; rij * KOLOMMEN < grafiek.panelen.length; rij++) {
    const panelen = grafiek.panelen.slice(rij * KOLOMMEN, (rij + 1) * KOLOMMEN);
    panelen.forEach((p, i) => {
      const deel: PlaatElement[] = [
        {
          soort: 'tekst',
          x: 0,
          y: 15,
          tekst: p.thema,
          grootte: 13,
          vet: true,
          kleur: KLEUR.accent,
          taal: 'nl',
        },
      ];
      for (const tick of grafiek.as) {
        const onder = KOP + p.hoogte - PANEEL.onder;
        deel.push(
          {
            soort: 'lijn',
            x1: tick.x,
            x2: tick.x,
            y1: onder + 2,
            y2: onder + 6,
            kleur: VERGELIJKEN_KLEUR.spoorRand,
          },
          {
            soort: 'tekst',
            x: tick.x,
            y: KOP + p.hoogte - 4,
            tekst: tick.label,
            grootte: 11,
            kleur: KLEUR.zacht,
            anker: tick.x === 0 ? 'start' : tick.x >= PANEEL.balk ? 'end' : 'middle',
          },
        );
      }
      for (const s of p.staven)
        deel.push({
          soort: 'groep',
          data: {
            thema: p.thema_code,
            aanpak: s.aanpak_id,
            voldoet: String(s.telling.voldoet),
            totaal: String(s.telling.totaal),
          },
          titel: `${p.thema}: ${s.gemeente} ${s.aanpak}, ${s.tekst}`,
          elementen: [
            { soort: 'tekst', x: 0, y: KOP + s.y + 13, tekst: `${s.gemeente} · ${s.aanpak}`, grootte: 12.5 },
            {
              soort: 'rechthoek',
              x: 0,
              y: KOP + s.balkY,
              breedte: PANEEL.balk,
              hoogte: PANEEL.balkHoogte,
              vulling: VERGELIJKEN_KLEUR.spoor,
              rand: VERGELIJKEN_KLEUR.spoorRand,
            },
            {
              soort: 'rechthoek',
              x: 0,
              y: KOP + s.balkY,
              breedte: s.breedte,
              hoogte: PANEEL.balkHoogte,
              vulling: VERGELIJKEN_KLEUR.balk,
            },
            {
              soort: 'tekst',
              x: PANEEL.balk + 8,
              y: KOP + s.balkY + PANEEL.balkHoogte - 2,
              tekst: s.tekst,
              grootte: 12.5,
              vet: true,
            },
          ],
        });
      elementen.push(...deel.map((e) => verschuif(e, i * (PANEEL.breedte + TUSSEN), y)));
    });
    y += KOP + Math.max(...panelen.map((p) => p.hoogte)) + 20;
  }
  const breedte = Math.min(KOLOMMEN, grafiek.panelen.length) * (PANEEL.breedte + TUSSEN) - TUSSEN;
  return omlijst(
    {
      titel: vertaal(c.taal, D.vergelijkenTitel),
      filters: c.filters,
      legenda: [{ tekst: vertaal(c.taal, D.voldoetLegenda), vulling: VERGELIJKEN_KLEUR.balk }],
      bron: vertaal(c.taal, D.bron),
      adres: c.adres,
      beschrijving: vertaal(c.taal, D.voldoetLegenda),
      taal: c.taal,
    },
    { breedte, hoogte: Math.max(0, y - 20), elementen },
  );
}
