/**
 * What the early layer (./voorfilter.ts) hides in the prerendered home heatmap for a filter state, as
 * CSS rules. Which rows, columns and cells stay comes from the prerendered results (the unfiltered
 * heatmap, run at build time by the query builders) through the pure functions of
 * src/model/afleiding.ts, the ones the app derives its filtered results with before DuckDB is ready.
 * A count, the caption or a legend entry that the filter changes is hidden rather than shown wrong,
 * until the app has taken over. Pure module.
 */
import { afgeleideCellen, afgeleideKolommen, afgeleideRijen, type HeatmapBron } from '../model/afleiding';
import type { HeatmapCel, OordeelFilter, Telling } from '../model/queries';
import type { Filters } from '../store/types';

/** The filter of the home heatmap's queries (`oordeelFilter` without jaar or provincie). */
export const homeFilter = (f: Filters): OordeelFilter => ({
  gemeenten: f.gemeenten,
  aanpakken: f.aanpakken,
  themas: f.themas,
  alleenVerbeterpunten: f.alleenVerbeterpunten,
});

const q = (v: string) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`;
const zelfde = (a: Telling, b: Telling | undefined) =>
  !!b &&
  a.voldoet === b.voldoet &&
  a.verbeterpunt === b.verbeterpunt &&
  a.onduidelijk === b.onduidelijk &&
  a.totaal === b.totaal;

function tekens(cellen: readonly HeatmapCel[]) {
  return {
    onduidelijk: cellen.some((c) => c.oordeel === 'onduidelijk'),
    'let-op': cellen.some((c) => c.heeft_let_op),
    gedeeld: cellen.some((c) => c.gedeeld),
  };
}

/**
 * The CSS rules that make the prerendered heatmap (`bron`, unfiltered, sorted by volgorde) show what
 * the app shows for `filters`: hidden rows, thema and criterium headings, collapsed columns, and
 * hidden counts, caption and legend entries where the filter changes them. Sorted by verbeterpunten,
 * only the section the early layer moved the rows into (CSS cannot reorder them), or, when
 * `rijenVerplaatst` is false (React is hydrating), the table dimmed.
 */
export function voorfilterRegels(bron: HeatmapBron, filters: Filters, rijenVerplaatst = true): string[] {
  const f = homeFilter(filters);
  const cellen = afgeleideCellen(bron, f);
  const rijen = afgeleideRijen(bron, f, 'volgorde');
  const kolommen = afgeleideKolommen(bron, f);
  const regels: string[] = [];
  if (rijen.length === 0 || kolommen.length === 0)
    regels.push('.heatmap-main .heatmap-wrap, .heatmap-main .plaat-knoppen { display: none }');

  const rij = new Map(rijen.map((r) => [r.indicator, r]));
  const criteria = new Set(rijen.map((r) => r.criterium_code));
  const themas = new Set(rijen.map((r) => r.thema_code));
  for (const r of bron.rijen) {
    const nu = rij.get(r.indicator);
    if (!nu) regels.push(`.heatmap tr[data-rij=${q(r.indicator)}] { display: none }`);
    else if (!zelfde(nu, r))
      regels.push(`.heatmap tr[data-rij=${q(r.indicator)}] > td.totaal { visibility: hidden }`);
  }
  for (const c of new Set(bron.rijen.map((r) => r.criterium_code)))
    if (!criteria.has(c)) regels.push(`.heatmap tr[data-criterium=${q(c)}] { display: none }`);
  for (const t of new Set(bron.rijen.map((r) => r.thema_code)))
    if (!themas.has(t)) regels.push(`.heatmap tbody[data-thema=${q(t)}] { display: none }`);

  const kolom = new Map(kolommen.map((k) => [k.aanpak_id, k]));
  const gemeenten = new Set(kolommen.map((k) => k.gemeente_id));
  for (const k of bron.kolommen) {
    const nu = kolom.get(k.aanpak_id);
    const a = q(k.aanpak_id);
    if (!nu) {
      regels.push(`.heatmap col[data-aanpak=${a}] { visibility: collapse }`);
      regels.push(
        `.heatmap :is(th, td, button)[data-aanpak=${a}], .heatmap td[data-aanpak-totaal=${a}] { visibility: hidden }`,
      );
    } else if (!zelfde(nu, k)) regels.push(`.heatmap td[data-aanpak-totaal=${a}] { visibility: hidden }`);
  }
  for (const g of new Set(bron.kolommen.map((k) => k.gemeente_id)))
    if (!gemeenten.has(g)) regels.push(`.heatmap th.gemeente[data-gemeente=${q(g)}] { visibility: hidden }`);

  const voor = tekens(bron.cellen);
  const na = tekens(cellen);
  for (const t of ['onduidelijk', 'let-op', 'gedeeld'] as const)
    if (voor[t] && !na[t]) regels.push(`.heatmap-main .legenda [data-legenda=${q(t)}] { display: none }`);
  if (JSON.stringify(voor) !== JSON.stringify(na)) regels.push('.heatmap caption { visibility: hidden }');
  // Sorted, the rows are in a section of their own (./voorfilter.ts), without thema or criterium
  // headings; while React hydrates they cannot move, and the table is dimmed until the app sorts it.
  if (filters.sorteer !== 'volgorde')
    regels.push(
      rijenVerplaatst
        ? '.heatmap > tbody:not(.voorfilter-rijen) { display: none }'
        : '.heatmap-main .heatmap-wrap { opacity: 0.5 }',
    );
  return regels;
}
