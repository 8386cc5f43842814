import { useSyncExternalStore } from 'react';
import { getLoadProgress, subscribeLoadProgress, technicalMessage, userMessage } from '../db';
import { B, useT } from '../i18n';

const MB = 1024 * 1024;

/** Loading message for the first start, with the download progress of the rekenmodule. */
export function DatabaseLaden() {
  const p = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, () => null);
  const t = useT();
  let detail = '';
  if (p && p.bytesLoaded > 0) {
    const geladen = Math.round(p.bytesLoaded / MB);
    detail =
      ' ' +
      (p.bytesTotal > 0
        ? t(B.app.rekenmoduleVanMb, { geladen, totaal: Math.round(p.bytesTotal / MB) })
        : t(B.app.rekenmoduleMb, { geladen }));
  }
  return (
    <div className="status-blok">
      <p role="status" className="status">
        {t(B.app.gegevensLaden)}
      </p>
      <p className="status-detail" aria-hidden="true">
        {t(B.app.trageVerbinding)}
        {detail}
      </p>
    </div>
  );
}

/** "Gegevens laden…" announced politely to screen readers. */
export function Laden({ tekst }: { tekst?: string }) {
  const t = useT();
  return (
    <p role="status" className="status">
      {tekst ?? t(B.app.gegevensLaden)}
    </p>
  );
}

/** A Dutch error message with technical details folded away, and optional retry. */
export function Foutmelding({
  error,
  titel,
  opnieuw,
}: {
  error: unknown;
  titel?: string;
  opnieuw?: () => void;
}) {
  const t = useT();
  return (
    <div role="alert" className="fout">
      <p>
        <strong>{titel ?? t(B.app.onderdeelNietGeladen)}.</strong> {userMessage(error, t.taal)}
      </p>
      {opnieuw && (
        <button type="button" onClick={opnieuw}>
          {t(B.app.opnieuwProberen)}
        </button>
      )}
      <details>
        <summary>{t(B.app.technischeDetails)}</summary>
        <pre>{technicalMessage(error)}</pre>
      </details>
    </div>
  );
}
