import { useEffect } from 'react';
import { B, useT } from '../i18n';
import { Inhoud } from './Inhoud';

/**
 * The glossary (src/content/begrippen.*.md) as a `<dl>`. With `metIds` every term is a `<dt>` with an id,
 * so other pages can link to `?weergave=begrippen#begrip-ggsr` (only one copy on a page may carry the ids).
 */
export function Begrippenlijst({ metIds = true }: { metIds?: boolean }) {
  return <Inhoud pagina="begrippen" waarden={{}} onderdelen={{}} metIds={metIds} alleenTermen />;
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
      <Inhoud pagina="begrippen" waarden={{}} onderdelen={{}} />
    </section>
  );
}
