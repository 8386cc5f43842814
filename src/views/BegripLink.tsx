import { type MouseEvent, type ReactNode } from 'react';
import type { BegripId } from '../content/inhoud';
import { formatUrl, selectUrlState, useAppStore, useAppStoreShallow } from '../store';

/** Anchor id of a glossary term. */
export const begripId = (id: BegripId) => `begrip-${id}`;

/** `<nl>…</nl>` in a glossary text: a Dutch name inside English text. */
export function NlTag(c: ReactNode) {
  return <span lang="nl">{c}</span>;
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
  id: BegripId;
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
