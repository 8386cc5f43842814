import { useEffect, type MouseEvent, type ReactNode } from 'react';
import { B, Rijk, useBronLang, useT } from '../i18n';
import { BEGRIPPEN } from '../i18n/berichten/begrippen';
import { formatUrl, selectUrlState, useAppStore, useAppStoreShallow } from '../store';

/** Anchor id of a glossary term. */
export const begripId = (id: string) => `begrip-${id}`;

/** `<nl>…</nl>` in a glossary text: a Dutch name inside English text. */
export function NlTag(c: ReactNode) {
  return <span lang="nl">{c}</span>;
}

/**
 * The glossary as a `<dl>`. With `metIds` every term is a `<dt>` with an id, so other pages can link to
 * `?weergave=begrippen#begrip-ggsr` (only one copy on a page may carry the ids).
 */
export function Begrippenlijst({ metIds = true }: { metIds?: boolean }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <dl className="methode-begrippen begrippenlijst">
      {BEGRIPPEN.map((b) => (
        <div key={b.id} className="begrip">
          <dt id={metIds ? begripId(b.id) : undefined} tabIndex={metIds ? -1 : undefined}>
            {t.taal === 'nl' ? (
              b.term
            ) : (
              <>
                {b.en}
                {b.en.toLowerCase().includes(b.term.toLowerCase()) ? null : (
                  <>
                    {' '}
                    (<span lang={nl}>{b.term}</span>)
                  </>
                )}
              </>
            )}
          </dt>
          <dd>
            <Rijk m={b.uitleg} tags={{ nl: NlTag }} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Glossary view (`?weergave=begrippen`): the terms a citizen may not know, in plain language. */
export function BegrippenView() {
  const t = useT();
  useEffect(() => {
    const doel = window.location.hash.slice(1);
    if (!doel.startsWith('begrip-')) return;
    const el = document.getElementById(doel);
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  }, []);
  return (
    <section aria-labelledby="begrippen-titel" className="view begrippen">
      <h2 id="begrippen-titel" tabIndex={-1}>
        {t(B.app.viewBegrippen)}
      </h2>
      <p className="intro">{t(B.begrippen.intro)}</p>
      <Begrippenlijst />
    </section>
  );
}

/**
 * A link to a glossary term. A plain click (once the app is ready) opens the glossary in place and
 * puts the term's anchor in the address; otherwise the browser follows the link.
 */
export function BegripLink({
  id,
  klaar = true,
  children,
}: {
  id: string;
  klaar?: boolean;
  children: ReactNode;
}) {
  const state = useAppStoreShallow(selectUrlState);
  const setView = useAppStore((s) => s.setView);
  const closeCel = useAppStore((s) => s.closeCel);
  const href = `${formatUrl({ ...state, view: 'begrippen', cel: null })}#${begripId(id)}`;
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!klaar || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    closeCel();
    setView('begrippen');
    // urlSync has pushed the new search synchronously; add the anchor to that entry.
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${window.location.search}#${begripId(id)}`,
    );
    requestAnimationFrame(() => {
      const el = document.getElementById(begripId(id));
      el?.scrollIntoView({ block: 'start' });
      el?.focus({ preventScroll: true });
    });
  };
  return (
    <a href={href} className="begrip-link" onClick={klik}>
      {children}
    </a>
  );
}
