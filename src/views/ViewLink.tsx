import type { MouseEvent, ReactNode } from 'react';
import {
  formatUrl,
  selectUrlState,
  useAppStore,
  useAppStoreShallow,
  type UrlState,
  type ViewId,
} from '../store';

interface Props {
  /** The URL state to go to, made from the current one (filters stay as they are). */
  naar: (huidig: UrlState) => UrlState;
  /** Called instead of following the link (a plain click); updates the store, urlSync updates the URL. */
  onKies: () => void;
  children: ReactNode;
  className?: string;
  'aria-describedby'?: string;
}

/**
 * A real link (with href, so it can be opened in a new tab or copied) to another state of the app;
 * a plain click changes the store instead of reloading the page.
 */
export function ViewLink({ naar, onKies, children, className, 'aria-describedby': describedBy }: Props) {
  const state = useAppStoreShallow(selectUrlState);
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onKies();
  };
  return (
    <a href={formatUrl(naar(state))} className={className} aria-describedby={describedBy} onClick={klik}>
      {children}
    </a>
  );
}

/** Link to the indicator page of one indicator. */
export function IndicatorLink({
  code,
  children,
  className,
  'aria-describedby': describedBy,
}: {
  code: string;
  children: ReactNode;
  className?: string;
  'aria-describedby'?: string;
}) {
  const openIndicator = useAppStore((s) => s.openIndicator);
  return (
    <ViewLink
      naar={(s) => ({ ...s, view: 'indicator', indicator: code, cel: null })}
      onKies={() => openIndicator(code)}
      className={className}
      aria-describedby={describedBy}
    >
      {children}
    </ViewLink>
  );
}

/** A link to another view of the app (filters stay as they are). */
export function NaarView({ id, children }: { id: ViewId; children: ReactNode }) {
  const setView = useAppStore((s) => s.setView);
  return (
    <ViewLink naar={(s) => ({ ...s, view: id, cel: null })} onKies={() => setView(id)}>
      {children}
    </ViewLink>
  );
}
