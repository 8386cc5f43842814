/**
 * One prose page (`src/content/<pagina>.<taal>.md`) to the serialisable tree of src/content/inhoud.ts.
 * Markdown is read by mdast-util-from-markdown (micromark, CommonMark) with the directive extension;
 * no HTML is made here and raw HTML in the file is refused. Every link, anchor, live figure and part is
 * checked; a problem stops with the file and line.
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { directiveFromMarkdown } from 'mdast-util-directive';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { directive } from 'micromark-extension-directive';
import {
  BEGRIP_IDS,
  OORDELEN,
  PAGINAS,
  TERMEN_VORMEN,
  VORMEN,
  type BegripId,
  type Blok,
  type Doel,
  type Inline,
  type PaginaId,
  type TermenVorm,
  type Vorm,
} from '../../src/content/inhoud.ts';
import { VIEW_IDS, type ViewId } from '../../src/store/types.ts';

/** A problem in a content file: the message starts with `file:line:`. */
export class InhoudFout extends Error {
  constructor(pad: string, regel: number | undefined, tekst: string) {
    super(`${pad}${regel === undefined ? '' : `:${regel}`}: ${tekst}`);
    this.name = 'InhoudFout';
  }
}

/** A heading of a page, for the check that both languages have the same. */
export interface Kop {
  readonly niveau: number;
  readonly id: string | undefined;
  readonly regel: number;
}

/** One parsed file: its tree and what the other language must match. */
export interface Pagina {
  readonly pad: string;
  readonly pagina: PaginaId;
  readonly blokken: readonly Blok[];
  readonly koppen: readonly Kop[];
  /** The parts (`::naam`) in order. */
  readonly onderdelen: readonly string[];
  /** The glossary term ids (`- Term {#id}`) in order. */
  readonly termen: readonly string[];
}

const ID = /^[a-z][a-z0-9-]*$/;
const KOP_ID = /\s*\{#([^}]*)\}\s*$/;
const WAARDE = /\{\{([^{}]*)\}\}/g;

/** Parse one page; `pad` is only used in messages. */
export function parseInhoud(pad: string, pagina: PaginaId, tekst: string): Pagina {
  const boom = fromMarkdown(tekst, {
    extensions: [directive()],
    mdastExtensions: [directiveFromMarkdown()],
  });
  const { waarden, onderdelen } = PAGINAS[pagina];
  const koppen: Kop[] = [];
  const gebruikt: string[] = [];
  const termen: string[] = [];
  const ankers: { id: string; regel: number | undefined }[] = [];
  const regel = (n: Nodes) => n.position?.start.line;
  const fout = (n: Nodes | undefined, t: string): never => {
    throw new InhoudFout(pad, n && regel(n), t);
  };

  function doel(url: string, n: Nodes): Doel {
    if (url.startsWith('#')) {
      ankers.push({ id: url.slice(1), regel: regel(n) });
      return { soort: 'anker', id: url.slice(1) };
    }
    if (/^(https?:\/\/|mailto:)/.test(url)) return { soort: 'extern', href: url };
    if (!url.startsWith('?')) return fout(n, `link "${url}": alleen ?weergave=…, #anker of https://`);
    const [zoek = '', hash] = url.slice(1).split('#', 2);
    const params = new URLSearchParams(zoek);
    const view = params.get('weergave');
    if ([...params.keys()].some((k) => k !== 'weergave') || view === null)
      return fout(n, `link "${url}": alleen ?weergave=… mag`);
    if (!(VIEW_IDS as readonly string[]).includes(view))
      return fout(n, `link "${url}": onbekende weergave "${view}"`);
    if (hash === undefined) return { soort: 'view', view: view as ViewId };
    const begrip = /^begrip-(.+)$/.exec(hash)?.[1];
    if (view !== 'begrippen' || begrip === undefined || !(BEGRIP_IDS as readonly string[]).includes(begrip))
      return fout(n, `link "${url}": onbekend anker "#${hash}"`);
    return { soort: 'begrip', id: begrip as BegripId };
  }

  function tekstDelen(v: string, n: Nodes): Inline[] {
    const uit: Inline[] = [];
    let laatst = 0;
    for (const m of v.matchAll(WAARDE)) {
      const naam = (m[1] ?? '').trim();
      if (!(waarden as readonly string[]).includes(naam))
        fout(n, `onbekende waarde {{${naam}}}; deze pagina kent: ${waarden.join(', ') || 'geen'}`);
      if (m.index > laatst) uit.push({ t: 'tekst', v: v.slice(laatst, m.index) });
      uit.push({ t: 'waarde', naam });
      laatst = m.index + m[0].length;
    }
    const rest = v.slice(laatst);
    if (/\{\{|\}\}/.test(rest)) fout(n, `"{{" of "}}" zonder naam: schrijf {{naam}}`);
    if (rest) uit.push({ t: 'tekst', v: rest });
    return uit;
  }

  function inline(nodes: readonly PhrasingContent[]): Inline[] {
    return nodes.flatMap((n): Inline[] => {
      switch (n.type) {
        case 'text':
          return tekstDelen(n.value.replace(/[ \t]*\n[ \t]*/g, ' '), n);
        case 'emphasis':
          return [{ t: 'nadruk', c: inline(n.children) }];
        case 'strong':
          return [{ t: 'sterk', c: inline(n.children) }];
        case 'inlineCode':
          return [{ t: 'code', v: n.value }];
        case 'break':
          return [{ t: 'regel' }];
        case 'link':
          return [{ t: 'link', doel: doel(n.url, n), c: inline(n.children) }];
        case 'textDirective': {
          if (n.name === 'nl' || n.name === 'aantal') return [{ t: n.name, c: inline(n.children) }];
          if (n.name === 'teken') {
            const oordeel = n.attributes?.oordeel ?? '';
            if (!(OORDELEN as readonly string[]).includes(oordeel))
              fout(n, `:teken{oordeel=…} moet ${OORDELEN.join(', ')} zijn`);
            return [{ t: 'teken', oordeel: oordeel as (typeof OORDELEN)[number] }];
          }
          return fout(n, `onbekend :${n.name}; bekend zijn :nl[…], :aantal[…], :teken{oordeel=…}`);
        }
        default:
          return fout(n, `${n.type} kan niet in een pagina (geen HTML, afbeeldingen of verwijzingen)`);
      }
    });
  }

  /** The text of a heading or term without its trailing `{#id}`, and that id. */
  function metId(n: Nodes, kinderen: readonly PhrasingContent[]) {
    const c = [...kinderen];
    const laatste = c.at(-1);
    const m = laatste?.type === 'text' ? KOP_ID.exec(laatste.value) : null;
    if (laatste?.type !== 'text' || !m) return { c, id: undefined };
    const id = m[1] ?? '';
    if (!ID.test(id)) fout(n, `id "${id}": kleine letters, cijfers en -`);
    if (koppen.some((k) => k.id === id) || termen.includes(id)) fout(n, `id "${id}" staat er al`);
    c[c.length - 1] = { ...laatste, value: laatste.value.slice(0, m.index) };
    return { c, id };
  }

  function kop(n: Extract<RootContent, { type: 'heading' }>): Blok {
    if (n.depth < 3) fout(n, 'koppen beginnen bij ### (de titel van de pagina is ##)');
    const { c, id } = metId(n, n.children);
    koppen.push({ niveau: n.depth, id, regel: regel(n) ?? 0 });
    const tekst = inline(c);
    return id === undefined
      ? { t: 'kop', niveau: n.depth, c: tekst }
      : { t: 'sectie', id, niveau: n.depth, kop: tekst, c: [] };
  }

  function blok(n: RootContent): Blok[] {
    switch (n.type) {
      case 'heading':
        return [kop(n)];
      case 'paragraph':
        return [{ t: 'alinea', c: inline(n.children) }];
      case 'list':
        return [
          {
            t: 'lijst',
            geordend: n.ordered === true,
            los: n.spread === true || n.children.some((li) => li.spread === true),
            items: n.children.map((li) => li.children.flatMap((c) => blok(c))),
          },
        ];
      case 'leafDirective':
        if (!(onderdelen as readonly string[]).includes(n.name))
          fout(n, `onbekend onderdeel ::${n.name}; deze pagina kent: ${onderdelen.join(', ') || 'geen'}`);
        gebruikt.push(n.name);
        return [{ t: 'onderdeel', naam: n.name }];
      case 'containerDirective':
        return [container(n)];
      default:
        return fout(n, `${n.type} kan niet in een pagina`);
    }
  }

  function container(n: Extract<RootContent, { type: 'containerDirective' }>): Blok {
    const inhoud = n.children.filter((c) => !(c.type === 'paragraph' && c.data?.directiveLabel));
    if (n.name in VORMEN) {
      const [p] = inhoud;
      if (inhoud.length !== 1 || p?.type !== 'paragraph') fout(n, `:::${n.name} hoort om één alinea`);
      return {
        t: 'alinea',
        c: inline((p as { children: PhrasingContent[] }).children),
        vorm: n.name as Vorm,
      };
    }
    if (n.name === 'termen') {
      const vorm = n.attributes?.vorm ?? '';
      if (!(vorm in TERMEN_VORMEN))
        fout(n, `:::termen{vorm=…} moet ${Object.keys(TERMEN_VORMEN).join(', ')} zijn`);
      const [l] = inhoud;
      if (inhoud.length !== 1 || l?.type !== 'list') return fout(n, ':::termen hoort om één lijst');
      return {
        t: 'termen',
        vorm: vorm as TermenVorm,
        items: l.children.map((li) => {
          const [term, ...uitleg] = li.children;
          if (term?.type !== 'paragraph') return fout(li, 'een term begint met een regel tekst');
          const { c, id } = metId(term, term.children);
          if (id === undefined) return { term: inline(c), uitleg: uitleg.flatMap((u) => blok(u)) };
          if (pagina !== 'begrippen' || !(BEGRIP_IDS as readonly string[]).includes(id))
            fout(term, `term-id "${id}": alleen in de begrippenlijst, een van ${BEGRIP_IDS.join(', ')}`);
          termen.push(id);
          return { id: id as BegripId, term: inline(c), uitleg: uitleg.flatMap((u) => blok(u)) };
        }),
      };
    }
    return fout(n, `onbekend :::${n.name}; bekend zijn ${[...Object.keys(VORMEN), 'termen'].join(', ')}`);
  }

  const plat = boom.children.flatMap((n) => blok(n));
  for (const a of ankers)
    if (!koppen.some((k) => k.id === a.id)) throw new InhoudFout(pad, a.regel, `onbekend anker "#${a.id}"`);
  const mist = pagina === 'begrippen' ? BEGRIP_IDS.filter((id) => !termen.includes(id)) : [];
  if (mist.length) throw new InhoudFout(pad, undefined, `de begrippenlijst mist ${mist.join(', ')}`);
  return { pad, pagina, blokken: nest(plat), koppen, onderdelen: gebruikt, termen };
}

/** A heading with an id opens a section that runs to the next heading with an id at its level or above. */
function nest(plat: readonly Blok[]): Blok[] {
  const wortel: Blok[] = [];
  const open: { niveau: number; c: Blok[] }[] = [];
  for (const b of plat) {
    if (b.t === 'sectie') {
      while (open.length && (open.at(-1)?.niveau ?? 0) >= b.niveau) open.pop();
      const c: Blok[] = [];
      (open.at(-1)?.c ?? wortel).push({ ...b, c });
      open.push({ niveau: b.niveau, c });
    } else (open.at(-1)?.c ?? wortel).push(b);
  }
  return wortel;
}
