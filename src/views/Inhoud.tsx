import { Fragment, type ReactNode } from 'react';
import inhoud from 'virtual:inhoud';
import { OORDEEL_SYMBOOL } from '../charts/oordeel';
import {
  secties,
  TERMEN_VORMEN,
  VORMEN,
  type Blok,
  type Inline,
  type Onderdeel,
  type PaginaId,
  type Waarde,
} from '../content/inhoud';
import { B, useT } from '../i18n';
import { begripId, BegripLink } from './BegripLink';
import { NaarView } from './ViewLink';

interface Props<P extends PaginaId> {
  pagina: P;
  /** The live figures of the page (`{{naam}}`). */
  waarden: Readonly<Record<Waarde<P>, ReactNode>>;
  /** The parts the view fills in (`::naam`), except `inhoudsopgave`. */
  onderdelen: Readonly<Record<Exclude<Onderdeel<P>, 'inhoudsopgave'>, ReactNode>>;
  /** Class of each `<section>` a heading with an id opens. */
  sectieKlasse?: string;
  /** Glossary terms carry their anchor (`begrip-<id>`); only one copy on a page may. */
  metIds?: boolean;
  /** Only the definition lists of the page (the glossary inside another page). */
  alleenTermen?: boolean;
}

interface Ctx {
  waarden: Readonly<Record<string, ReactNode>>;
  onderdelen: Readonly<Record<string, ReactNode>>;
  sectieKlasse: string | undefined;
  metIds: boolean;
  inhoudsopgave: () => ReactNode;
}

/**
 * A prose page of src/content in the current language, from the tree the build made of its Markdown:
 * React elements only, so every text is escaped and no markup comes from the file.
 */
export function Inhoud<P extends PaginaId>({
  pagina,
  waarden,
  onderdelen,
  sectieKlasse,
  metIds = true,
  alleenTermen = false,
}: Props<P>) {
  const t = useT();
  const alle = inhoud[pagina][t.taal];
  const blokken = alleenTermen ? alle.filter((b) => b.t === 'termen') : alle;
  const ctx: Ctx = {
    waarden,
    onderdelen,
    sectieKlasse,
    metIds,
    inhoudsopgave: () => (
      <nav aria-label={t(B.methode.opDezePagina)} className="methode-inhoud">
        <p className="methode-inhoud-kop">{t(B.methode.opDezePagina)}</p>
        <ul>
          {secties(blokken).map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{regels(s.kop, ctx)}</a>
            </li>
          ))}
        </ul>
      </nav>
    ),
  };
  return <>{lijst(blokken, ctx)}</>;
}

function lijst(blokken: readonly Blok[], ctx: Ctx, inline = false): ReactNode {
  return blokken.map((b, i) => <Fragment key={i}>{blok(b, ctx, inline)}</Fragment>);
}

function blok(b: Blok, ctx: Ctx, inline: boolean): ReactNode {
  switch (b.t) {
    case 'sectie': {
      const Kop = kopTag(b.niveau);
      return (
        <section aria-labelledby={`${b.id}-titel`} className={ctx.sectieKlasse} id={b.id}>
          <Kop id={`${b.id}-titel`}>{regels(b.kop, ctx)}</Kop>
          {lijst(b.c, ctx)}
        </section>
      );
    }
    case 'kop': {
      const Kop = kopTag(b.niveau);
      return <Kop>{regels(b.c, ctx)}</Kop>;
    }
    case 'alinea': {
      if (inline) return regels(b.c, ctx);
      const vorm = b.vorm && VORMEN[b.vorm];
      return (
        <p className={vorm?.klasse} data-testid={vorm && 'testid' in vorm ? vorm.testid : undefined}>
          {regels(b.c, ctx)}
        </p>
      );
    }
    case 'lijst': {
      const items = b.items.map((item, i) => <li key={i}>{lijst(item, ctx, !b.los)}</li>);
      return b.geordend ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'termen':
      return (
        <dl className={TERMEN_VORMEN[b.vorm]}>
          {b.items.map((item, i) => (
            <div key={i} className={item.id && 'begrip'}>
              <dt
                id={item.id && ctx.metIds ? begripId(item.id) : undefined}
                tabIndex={item.id && ctx.metIds ? -1 : undefined}
              >
                {regels(item.term, ctx)}
              </dt>
              <dd>{lijst(item.uitleg, ctx, item.uitleg.length === 1)}</dd>
            </div>
          ))}
        </dl>
      );
    case 'onderdeel':
      return b.naam === 'inhoudsopgave' ? ctx.inhoudsopgave() : ctx.onderdelen[b.naam];
  }
}

const kopTag = (niveau: number) => (['h3', 'h4', 'h5'] as const)[niveau - 3] ?? 'h6';

function regels(c: readonly Inline[], ctx: Ctx): ReactNode {
  return c.map((n, i) => <Fragment key={i}>{regel(n, ctx)}</Fragment>);
}

function regel(n: Inline, ctx: Ctx): ReactNode {
  switch (n.t) {
    case 'tekst':
      return n.v;
    case 'nadruk':
      return <em>{regels(n.c, ctx)}</em>;
    case 'sterk':
      return <strong>{regels(n.c, ctx)}</strong>;
    case 'nl':
      return <span lang="nl">{regels(n.c, ctx)}</span>;
    case 'aantal':
      return <span className="methode-aantal">{regels(n.c, ctx)}</span>;
    case 'code':
      return <code>{n.v}</code>;
    case 'regel':
      return <br />;
    case 'teken':
      return (
        <span className={`methode-teken cel-${n.oordeel}`} aria-hidden="true">
          {OORDEEL_SYMBOOL[n.oordeel]}
        </span>
      );
    case 'waarde':
      return ctx.waarden[n.naam];
    case 'link': {
      const c = regels(n.c, ctx);
      const d = n.doel;
      if (d.soort === 'view') return <NaarView id={d.view}>{c}</NaarView>;
      if (d.soort === 'begrip') return <BegripLink id={d.id}>{c}</BegripLink>;
      return <a href={d.soort === 'anker' ? `#${d.id}` : d.href}>{c}</a>;
    }
  }
}
