import { useSyncExternalStore } from 'react';
import { B, useT, useTaal } from '../i18n';
import { kaderEngels, type KaderSoort } from '../model/toetsingskader-en';

// Whether an English reader asked for the official Dutch texts of the toetsingskader (one switch for
// the whole page, not in the URL: a shared link shows the translation with the same switch).
let officieel = false;
const luisteraars = new Set<() => void>();
const abonneer = (f: () => void) => {
  luisteraars.add(f);
  return () => luisteraars.delete(f);
};
const zetOfficieel = (v: boolean) => {
  officieel = v;
  for (const f of luisteraars) f();
};
const useOfficieel = () =>
  useSyncExternalStore(
    abonneer,
    () => officieel,
    () => false,
  );

/**
 * A text of the toetsingskader (thema, criterium, indicator label or full text). In Dutch, or with
 * "official Dutch text" switched on, the Dutch as given (`nl`, from the data); in English our
 * translation (see model/toetsingskader-en.ts), with the Dutch in its title. Without a translation,
 * the Dutch, marked `lang="nl"`.
 */
export function KaderTekst({ soort, nl, code }: { soort: KaderSoort; nl: string; code?: string }) {
  const taal = useTaal();
  const toonNl = useOfficieel();
  const en = taal === 'en' && !toonNl ? kaderEngels(soort, nl, code) : null;
  if (en === null) return <span lang={taal === 'nl' ? undefined : 'nl'}>{nl}</span>;
  return (
    <span className="kader-en" title={nl} data-nl={nl}>
      {en}
    </span>
  );
}

/** The toetsingskader text as a string, for attributes (aria-label, title): English where we have it. */
export function useKaderString() {
  const taal = useTaal();
  const toonNl = useOfficieel();
  return (soort: KaderSoort, nl: string, code?: string) =>
    (taal === 'en' && !toonNl ? kaderEngels(soort, nl, code) : null) ?? nl;
}

/**
 * In English views: the note that the toetsingskader's translation is ours, not STJ's, and a switch
 * to its official Dutch text (and back).
 */
export function VertalingNoot() {
  const taal = useTaal();
  const toonNl = useOfficieel();
  const t = useT();
  if (taal !== 'en') return null;
  return (
    <p className="vertaling-noot" data-testid="vertaling-noot">
      {t(B.app.vertalingNoot)}{' '}
      <button type="button" className="link-knop" aria-pressed={toonNl} onClick={() => zetOfficieel(!toonNl)}>
        {t(B.app.vertalingOfficieel)}
      </button>
    </p>
  );
}
