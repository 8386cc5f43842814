/**
 * The prose pages as data: what `scripts/inhoud/` makes of `src/content/<pagina>.<taal>.md` at build
 * time, and the words those files may use. Framework-free, so the Vite plugin and the views share it.
 */
import type { MethodeTelling } from '../model/queries-methode';
import type { ViewId } from '../store/types';
import type { Taal } from '../i18n/core';

/** Where a link goes. Only these kinds pass the build; each is checked there. */
export type Doel =
  | { readonly soort: 'view'; readonly view: ViewId }
  | { readonly soort: 'begrip'; readonly id: BegripId }
  | { readonly soort: 'anker'; readonly id: string }
  | { readonly soort: 'extern'; readonly href: string };

/** Text inside a block. */
export type Inline =
  | { readonly t: 'tekst'; readonly v: string }
  | { readonly t: 'nadruk' | 'sterk' | 'nl' | 'aantal'; readonly c: readonly Inline[] }
  | { readonly t: 'code'; readonly v: string }
  | { readonly t: 'link'; readonly doel: Doel; readonly c: readonly Inline[] }
  | { readonly t: 'teken'; readonly oordeel: (typeof OORDELEN)[number] }
  | { readonly t: 'waarde'; readonly naam: string }
  | { readonly t: 'regel' };

/** A block of a page. */
export type Blok =
  | {
      readonly t: 'sectie';
      readonly id: string;
      readonly niveau: number;
      readonly kop: readonly Inline[];
      readonly c: readonly Blok[];
    }
  | { readonly t: 'kop'; readonly niveau: number; readonly c: readonly Inline[] }
  | { readonly t: 'alinea'; readonly c: readonly Inline[]; readonly vorm?: Vorm }
  | {
      readonly t: 'lijst';
      readonly geordend: boolean;
      /** Loose list (blank lines between items): paragraphs in an item are `<p>`s. */
      readonly los: boolean;
      readonly items: readonly (readonly Blok[])[];
    }
  | {
      readonly t: 'termen';
      readonly vorm: TermenVorm;
      readonly items: readonly {
        /** Glossary terms only: the anchor is `begrip-<id>`. */
        readonly id?: BegripId;
        readonly term: readonly Inline[];
        readonly uitleg: readonly Blok[];
      }[];
    }
  | { readonly t: 'onderdeel'; readonly naam: string };

/**
 * The glossary's terms (src/content/begrippen.*.md, `- Term {#id}`): the build checks that both files
 * have exactly these, and links to `?weergave=begrippen#begrip-<id>` may name only these.
 */
export const BEGRIP_IDS = [
  'ggsr',
  'stj',
  'aanpak',
  'netwerkpartner',
  'toetsingskader',
  'thema',
  'criterium',
  'indicator',
  'oordeel',
  'voldoet-verbeterpunt',
  'bevinding',
  'let-op',
  'doorzettingsmacht',
  'regisseur',
  'gemeente-regie',
] as const;
export type BegripId = (typeof BEGRIP_IDS)[number];

/** Marks that `:teken{oordeel=…}` may name. */
export const OORDELEN = ['voldoet', 'verbeterpunt', 'onduidelijk'] as const;

/** `:::naam` around one paragraph gives it a look of its own: the class (and a test id). */
export const VORMEN = {
  intro: { klasse: 'intro' },
  'let-op': { klasse: 'methode-let-op' },
  concept: { klasse: 'verklaring-concept' },
  'nog-invullen': { klasse: 'verklaring-concept', testid: 'contact-placeholder' },
} as const satisfies Record<string, { klasse: string; testid?: string }>;
export type Vorm = keyof typeof VORMEN;

/** `:::termen{vorm=…}` around a list: a definition list (`<dl>`) with this class. */
export const TERMEN_VORMEN = {
  tekens: 'methode-tekens',
  begrippen: 'methode-begrippen',
  begrippenlijst: 'methode-begrippen begrippenlijst',
} as const;
export type TermenVorm = keyof typeof TERMEN_VORMEN;

const TELLING = {
  oordelen: true,
  voldoet: true,
  verbeterpunt: true,
  onduidelijk: true,
  gedeeld: true,
  mogelijk_onvolledig: true,
  met_let_op: true,
  conclusies: true,
  conclusies_onbepaald: true,
} as const satisfies Record<keyof MethodeTelling, true>;

/**
 * Per page: the live figures (`{{naam}}`) it may use and the parts (`::naam`) the view fills in.
 * Methode's figures are the columns of `methodeTelling()`. `inhoudsopgave` is the list of the page's
 * sections, made by the renderer.
 */
export const PAGINAS = {
  methode: {
    waarden: Object.keys(TELLING) as (keyof MethodeTelling)[],
    onderdelen: ['inhoudsopgave', 'kader', 'bronnen', 'begrippenlijst'],
  },
  toegankelijkheid: { waarden: [], onderdelen: [] },
  privacy: { waarden: [], onderdelen: [] },
  begrippen: { waarden: [], onderdelen: [] },
  colofon: {
    waarden: ['bronVermelding'],
    onderdelen: ['citeer-als', 'versie-data', 'versie-bronnen'],
  },
} as const satisfies Record<string, { waarden: readonly string[]; onderdelen: readonly string[] }>;
/** A prose page; its files are `src/content/<id>.nl.md` and `<id>.en.md`. */
export type PaginaId = keyof typeof PAGINAS;
export type Waarde<P extends PaginaId> = (typeof PAGINAS)[P]['waarden'][number];
export type Onderdeel<P extends PaginaId> = (typeof PAGINAS)[P]['onderdelen'][number];

/** Every page in both languages, as the build emits it (`virtual:inhoud`). */
export type Inhoud = Readonly<Record<PaginaId, Readonly<Record<Taal, readonly Blok[]>>>>;

/** The sections of a page (id and heading), in order: for its table of contents. */
export function secties(blokken: readonly Blok[]): { id: string; kop: readonly Inline[] }[] {
  return blokken.flatMap((b) => (b.t === 'sectie' ? [{ id: b.id, kop: b.kop }] : []));
}
