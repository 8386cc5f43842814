/** The thin React side of src/i18n: the language from the store, a bound translator, rich texts. */
import { Fragment, type ReactNode } from 'react';
import { useAppStore } from '../store/useAppStore';
import { vertaal, vertalerVoor, type Taal, type Tekst, type Vertaler, type Waarden } from './core';

/** The current interface language. */
export function useTaal(): Taal {
  return useAppStore((s) => s.taal);
}

/** A translator bound to the current language: `t(B.x)`, `t.n(B.y, count)`, `t.getal(n)`. */
export function useT(): Vertaler {
  return vertalerVoor(useTaal());
}

/**
 * A source text (Dutch in every interface language): marked `lang="nl"` when the interface is not
 * Dutch, so screen readers switch voice. `als` picks the element (default `span`).
 */
export function Bron({
  children,
  als: Als = 'span',
  className,
}: {
  children: ReactNode;
  als?: 'span' | 'p' | 'div' | 'blockquote' | 'q' | 'li' | 'dd';
  className?: string;
}) {
  const taal = useTaal();
  return (
    <Als lang={taal === 'nl' ? undefined : 'nl'} className={className}>
      {children}
    </Als>
  );
}

/** The `lang` attribute for an element holding Dutch source text (undefined when the page is Dutch). */
export function useBronLang(): 'nl' | undefined {
  return useTaal() === 'nl' ? undefined : 'nl';
}

type Tags = Readonly<Record<string, (inhoud: ReactNode) => ReactNode>>;

/**
 * A message with markup: `<naam>…</naam>` parts are rendered by `tags[naam]`, `{x}` filled from
 * `waarden` (which may hold elements). Tags do not nest.
 */
export function Rijk({
  m,
  tags = {},
  waarden = {},
}: {
  m: Tekst;
  tags?: Tags;
  waarden?: Record<string, ReactNode>;
}) {
  const taal = useTaal();
  return <>{rijk(taal, m, tags, waarden)}</>;
}

/** The function form of `<Rijk>`. */
export function rijk(
  taal: Taal,
  m: Tekst,
  tags: Tags = {},
  waarden: Record<string, ReactNode> = {},
): ReactNode[] {
  const tekstWaarden: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(waarden)) {
    if (typeof v === 'string' || typeof v === 'number') tekstWaarden[k] = v;
  }
  const bron = vertaal(taal, m, tekstWaarden as Waarden);
  const uit: ReactNode[] = [];
  const re = /<([a-zA-Z][a-zA-Z0-9]*)>(.*?)<\/\1>|\{([a-zA-Z][a-zA-Z0-9]*)\}/gs;
  let laatst = 0;
  let i = 0;
  for (const match of bron.matchAll(re)) {
    const start = match.index ?? 0;
    if (start > laatst) uit.push(bron.slice(laatst, start));
    const [heel, tag, inhoud, naam] = match;
    if (tag !== undefined) {
      const f = tags[tag];
      uit.push(<Fragment key={i++}>{f ? f(inhoud ?? '') : inhoud}</Fragment>);
    } else if (naam !== undefined) {
      uit.push(<Fragment key={i++}>{naam in waarden ? waarden[naam] : heel}</Fragment>);
    }
    laatst = start + heel.length;
  }
  if (laatst < bron.length) uit.push(bron.slice(laatst));
  return uit;
}
