/**
 * The early layer of the home view (#14): the prerendered filter form answers before the app has
 * taken over. An inline script in index.html's head (src/voorfilter.ts) starts it before the body
 * is parsed; it listens on the document, so the form's controls work the moment they are parsed.
 * The app reaches it through ./voorfilterBrug.ts (that script is a bundle of its own). A click
 * changes the filters as the store would (src/store/filterKeuze.ts), sets the controls as the
 * filter panel would, hides what the filter takes away with one constructed stylesheet
 * (./voorfilterCss.ts: rules derived from the prerendered results) and writes the link
 * (history.replaceState). It never changes the markup React hydrates: src/start.tsx stops it
 * (`voorfilterOvername`) and hydrates the unfiltered view, the app then applies the link, and once
 * the heatmap shows those filters the layer lets go (`voorfilterLoslaten`) in the same frame. The
 * sort is the exception: CSS cannot reorder a table's rows, so the layer moves them, and the app
 * then renders anew rather than hydrating.
 */
import { afgeleideRijen, type HeatmapBron } from '../model/afleiding';
import type { HeatmapCel, KolomTotaal, RijTotaal } from '../model/queries';
import {
  aanpakVinkje,
  gemeenteVinkje,
  metAanpak,
  metGemeente,
  metThema,
  themaVinkje,
} from '../store/filterKeuze';
import type { KeuzeCatalog } from '../store/filterKeuze';
import { heatmapZoek } from '../store/filterUrl';
import { DEFAULT_FILTERS, type Filters } from '../store/types';
import { rijsgewijs } from './kolommen';
import { homeFilter, voorfilterRegels } from './voorfilterCss';

/** id of the prerendered data block (VOORGERENDERD_ID of ./voorgerenderd.ts, which imports far more). */
export const SEED_ID = 'voorgerenderd';
/** Attribute on `<html>`: `klaar` once the form answers, `overgenomen` after the takeover, `los` after. */
export const MARKER = 'voorfilter';
const ALLEEN_KLASSE = 'voorfilter-alleen';
const FORM = '#root form.filters';

/** `hydreren`: React hydrates (it listens on #root already); the layer answers until it is done. */
type Fase = 'uit' | 'wacht' | 'klaar' | 'hydreren' | 'overgenomen' | 'los';

let fase: Fase = 'uit';
let staat: Filters = DEFAULT_FILTERS;
let gebruikt = false;
let data: { bron: HeatmapBron; catalog: KeuzeCatalog & { aanpakken: readonly AanpakRij[] } } | null = null;
let blad: CSSStyleSheet | null = null;
/** While sorted by verbeterpunten: the rows' own sections, and the section that holds them now. */
let gesorteerd: {
  readonly tabel: HTMLTableElement;
  readonly secties: Map<Element, Element[]>;
  readonly rijen: HTMLTableSectionElement;
} | null = null;

interface AanpakRij {
  readonly aanpak_id: string;
  readonly gemeente_id: string;
}

const heeft = (rijen: readonly Record<string, unknown>[] | undefined, kolom: string) =>
  !!rijen && (rijen.length === 0 || kolom in (rijen[0] ?? {}));

/**
 * The catalog and the unfiltered heatmap from index.html's data block: its results are those of
 * `voorgerenderdeQueries()`, in that order (gemeenten, aanpakken, cellen, rijen, kolommen). Null on a
 * prerendered page of another view, a national dataset, or a block that does not fit.
 */
export function leesVoorfilterData(tekst: string | null | undefined): typeof data {
  if (!tekst) return null;
  let seed: { versie?: unknown; zoek?: unknown; resultaten?: unknown };
  try {
    seed = JSON.parse(tekst) as typeof seed;
  } catch {
    return null;
  }
  if (seed.versie !== 2 || seed.zoek !== undefined || !Array.isArray(seed.resultaten)) return null;
  const rijen = (seed.resultaten as unknown[])
    .slice(0, 5)
    .map((r) => (Array.isArray(r) ? rijsgewijs(r[1]) : null));
  const [gemeenten, aanpakken, cellen, rijTotalen, kolommen] = rijen;
  if (
    !heeft(gemeenten ?? undefined, 'gemeente_id') ||
    !heeft(aanpakken ?? undefined, 'aanpak_id') ||
    !heeft(cellen ?? undefined, 'oordeel') ||
    !heeft(rijTotalen ?? undefined, 'volgorde') ||
    !heeft(kolommen ?? undefined, 'aanpak_volgorde')
  )
    return null;
  return {
    bron: {
      cellen: cellen as unknown as HeatmapCel[],
      rijen: rijTotalen as unknown as RijTotaal[],
      kolommen: kolommen as unknown as KolomTotaal[],
    },
    catalog: {
      gemeenten: gemeenten as unknown as { gemeente_id: string }[],
      aanpakken: aanpakken as unknown as AanpakRij[],
    },
  };
}

const form = () => document.querySelector<HTMLFormElement>(FORM);
const inputs = (f: HTMLFormElement, name: string) => [
  ...f.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`),
];

/** The controls as the filter panel (src/components/FilterPanel.tsx) renders them for `f`. */
function zetControls(f: Filters): void {
  const el = form();
  if (!el || !data) return;
  const aanpak = new Map(data.catalog.aanpakken.map((a) => [a.aanpak_id, a]));
  for (const i of inputs(el, 'gemeente')) Object.assign(i, gemeenteVinkje(f, i.value));
  for (const i of inputs(el, 'aanpak')) {
    const a = aanpak.get(i.value);
    if (a) Object.assign(i, aanpakVinkje(f, a));
  }
  for (const i of inputs(el, 'thema')) Object.assign(i, themaVinkje(f, i.value));
  for (const i of inputs(el, 'alleen')) i.checked = f.alleenVerbeterpunten;
  const sorteer = el.querySelector<HTMLSelectElement>('select[name="sorteer"]');
  if (sorteer) sorteer.value = f.sorteer;
}

/** The prerendered rows back in their own sections, without the thema after their heading. */
function herstel(): void {
  if (!gesorteerd) return;
  for (const [sectie, rijen] of gesorteerd.secties) sectie.append(...rijen);
  for (const s of gesorteerd.tabel.querySelectorAll('.voorfilter-thema')) s.remove();
  gesorteerd.rijen.remove();
  gesorteerd = null;
}

/**
 * Sorted by verbeterpunten, the app shows one section of rows, each heading followed by its thema
 * (src/charts/HeatmapTable.tsx): the rows move into a section of their own, in the order of
 * `afgeleideRijen`. This changes the markup, so src/start.tsx then renders the app anew instead of
 * hydrating (`voorfilterOvername`).
 */
function sorteer(f: Filters): void {
  const tabel = document.querySelector<HTMLTableElement>('#root table.heatmap');
  // While React hydrates, the markup must stay as it is: the sort then waits for the app.
  if (!tabel || !data || f.sorteer === 'volgorde' || fase !== 'klaar') return herstel();
  // Rows still to be parsed would land outside the sorted section: sort once the table is whole.
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => fase === 'klaar' && toepassen(staat), { once: true });
    return herstel();
  }
  if (!gesorteerd) {
    const secties = new Map<Element, Element[]>([...tabel.tBodies].map((b) => [b, [...b.children]]));
    const rijen = document.createElement('tbody');
    rijen.className = 'voorfilter-rijen';
    tabel.insertBefore(rijen, tabel.tFoot);
    gesorteerd = { tabel, secties, rijen };
    const thema = new Map(data.bron.rijen.map((r) => [r.indicator, r.thema]));
    for (const tr of tabel.querySelectorAll<HTMLElement>('tr[data-rij]')) {
      const span = document.createElement('span');
      span.className = 'rij-thema voorfilter-thema';
      const naam = document.createElement('span');
      naam.textContent = thema.get(tr.dataset.rij ?? '') ?? '';
      span.append(' (', naam, ')');
      tr.querySelector('th.rijkop')?.append(span);
    }
  }
  const rij = new Map(
    [...tabel.querySelectorAll<HTMLElement>('tr[data-rij]')].map((tr) => [tr.dataset.rij ?? '', tr]),
  );
  const volgorde = afgeleideRijen(data.bron, homeFilter(f), 'verbeterpunten').map((r) => r.indicator);
  const rest = [...rij.keys()].filter((k) => !volgorde.includes(k));
  gesorteerd.rijen.append(...[...volgorde, ...rest].flatMap((k) => rij.get(k) ?? []));
}

function toepassen(f: Filters): void {
  if (!data) return;
  staat = f;
  gebruikt = true;
  zetControls(f);
  sorteer(f);
  blad ??= new CSSStyleSheet();
  blad.replaceSync(voorfilterRegels(data.bron, f, gesorteerd !== null).join('\n'));
  if (!document.adoptedStyleSheets.includes(blad))
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, blad];
  document.documentElement.classList.toggle(ALLEEN_KLASSE, f.alleenVerbeterpunten);
  const { pathname, hash } = window.location;
  window.history.replaceState(window.history.state, '', `${pathname}${heatmapZoek(f)}${hash}`);
}

function onChange(e: Event): void {
  const el = e.target;
  if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !el.closest(FORM)) return;
  if (fase === 'wacht') probeer(false);
  if ((fase !== 'klaar' && fase !== 'hydreren') || !data) {
    // Not ready (the form or the data block is not parsed yet): the click is not answered, so undo it.
    if (el instanceof HTMLInputElement && el.type === 'checkbox') el.checked = !el.checked;
    else zetControls(staat);
    return;
  }
  const themaCodes = [...document.querySelectorAll<HTMLInputElement>(`${FORM} input[name="thema"]`)].map(
    (i) => i.value,
  );
  let next: Filters | null = null;
  if (el.name === 'gemeente') next = metGemeente(staat, el.value, data.catalog);
  else if (el.name === 'aanpak') next = metAanpak(staat, el.value, data.catalog);
  else if (el.name === 'thema') next = metThema(staat, el.value, themaCodes);
  else if (el.name === 'alleen' && el instanceof HTMLInputElement)
    next = { ...staat, alleenVerbeterpunten: el.checked };
  else if (el.name === 'sorteer' && (el.value === 'volgorde' || el.value === 'verbeterpunten'))
    next = { ...staat, sorteer: el.value };
  if (next) toepassen(next);
  else zetControls(staat);
}

function onClick(e: Event): void {
  const knop = e.target instanceof Element ? e.target.closest(`${FORM} button[data-actie="wissen"]`) : null;
  if (knop && (fase === 'klaar' || fase === 'hydreren') && data) toepassen(DEFAULT_FILTERS);
}

/**
 * Every click, input and change on the form, in the capture phase: while React hydrates, it must not
 * see them too (it would replay them once hydrated), so they stop here.
 */
function vang(e: Event): void {
  if (!(e.target instanceof Element) || !e.target.closest(FORM)) return;
  if (fase === 'hydreren') e.stopPropagation();
  if (e.type === 'change') onChange(e);
  else if (e.type === 'click') onClick(e);
}

const SOORTEN = ['click', 'input', 'change'] as const;

/**
 * Ready as soon as the data block, the form and the start of the table are parsed: its stylesheet
 * applies to the rows parsed later too. `definitief` (at DOMContentLoaded): if they are not there
 * now, there is no heatmap to answer for, and the layer stops.
 */
function probeer(definitief: boolean): void {
  if (fase !== 'wacht') return;
  if (
    !gelezen &&
    document.querySelector('#root table.heatmap') &&
    form()?.querySelector('input[name="gemeente"]')
  ) {
    // The data block comes before #root (scripts/prerender/html.ts), so it is whole by now: read it once.
    gelezen = true;
    waarnemer?.disconnect();
    data = leesVoorfilterData(document.getElementById(SEED_ID)?.textContent);
  }
  if (!data) {
    if (definitief) stop('uit');
    return;
  }
  fase = 'klaar';
  document.documentElement.dataset[MARKER] = 'klaar';
}

let waarnemer: MutationObserver | null = null;
/** Whether the data block has been read (it is read once, when the form and the table are there). */
let gelezen = false;

function stop(naar: Fase): void {
  fase = naar;
  waarnemer?.disconnect();
  for (const soort of SOORTEN) window.removeEventListener(soort, vang, true);
}

/**
 * Starts the early layer on the prerendered home view (index.html, not a page of v/, without a link
 * of its own: no filters, language or other state in the address). Call once, before the body has
 * been parsed. True when it started (it may still find no heatmap to answer for, and stop, at
 * DOMContentLoaded).
 */
export function voorfilterStarten(): boolean {
  if (fase !== 'uit' || typeof document === 'undefined') return false;
  const zoek = window.location.search;
  if (zoek !== '' && zoek !== '?weergave=heatmap') return false;
  // A prerendered page of another view (v/….html) has <base href="../"> first in its head.
  if (document.querySelector('head > base')) return false;
  fase = 'wacht';
  for (const soort of SOORTEN) window.addEventListener(soort, vang, true);
  if (document.readyState === 'loading') {
    waarnemer = new MutationObserver(() => probeer(false));
    waarnemer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', () => probeer(true), { once: true });
    probeer(false);
  } else probeer(true);
  return true;
}

/**
 * The app takes over (src/start.tsx, before it hydrates or renders). `niets`: the layer answered
 * nothing; `gefilterd`: the link holds the filters it answered, on the prerendered markup (hydrate it;
 * the layer keeps answering, without moving rows, until `voorfilterStoppen`); `gesorteerd`: the rows
 * were reordered, so the markup is no longer the prerendered one (render the app anew and put it in
 * place in one task); the layer stops.
 */
export function voorfilterOvername(): 'niets' | 'gefilterd' | 'gesorteerd' {
  if (fase !== 'wacht' && fase !== 'klaar') return 'niets';
  if (fase === 'wacht' || gesorteerd) {
    stop(gesorteerd ? 'overgenomen' : 'uit');
    if (gesorteerd) document.documentElement.dataset[MARKER] = 'overgenomen';
    return gesorteerd ? 'gesorteerd' : 'niets';
  }
  fase = 'hydreren';
  return gebruikt ? 'gefilterd' : 'niets';
}

/** The app has hydrated and is about to apply the link (src/App.tsx): from here on, it answers. */
export function voorfilterStoppen(): void {
  if (fase !== 'klaar' && fase !== 'hydreren') return;
  stop('overgenomen');
  document.documentElement.dataset[MARKER] = 'overgenomen';
}

/**
 * The heatmap shows `filters` (no longer busy): once these are the app's own (not the hydration's
 * initial filters, `standaard`, unless they are the layer's own state too), the layer's stylesheet
 * and class go, in the frame that paints the app's table. Call from a layout effect.
 */
export function voorfilterLoslaten(filters: Filters, standaard: boolean): void {
  if (fase !== 'overgenomen') return;
  if (standaard && JSON.stringify(filters) !== JSON.stringify(staat)) return;
  fase = 'los';
  if (blad) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((b) => b !== blad);
  document.documentElement.classList.remove(ALLEEN_KLASSE);
  document.documentElement.dataset[MARKER] = 'los';
}
