import { useSyncExternalStore } from 'react';
import { getLoadProgress, subscribeLoadProgress, technicalMessage, userMessage } from '../db';

const MB = 1024 * 1024;

/** Loading message for the first start, with the download progress of the rekenmodule. */
export function DatabaseLaden() {
  const p = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, () => null);
  let detail = '';
  if (p && p.bytesLoaded > 0) {
    const geladen = (p.bytesLoaded / MB).toFixed(0);
    detail =
      p.bytesTotal > 0
        ? ` Rekenmodule: ${geladen} van ${(p.bytesTotal / MB).toFixed(0)} MB.`
        : ` Rekenmodule: ${geladen} MB.`;
  }
  return (
    <div className="status-blok">
      <p role="status" className="status">
        Gegevens laden…
      </p>
      <p className="status-detail" aria-hidden="true">
        Dit kan bij een trage verbinding even duren.{detail}
      </p>
    </div>
  );
}

/** "Gegevens laden…" announced politely to screen readers. */
export function Laden({ tekst = 'Gegevens laden…' }: { tekst?: string }) {
  return (
    <p role="status" className="status">
      {tekst}
    </p>
  );
}

/** A Dutch error message with technical details folded away, and optional retry. */
export function Foutmelding({
  error,
  titel = 'Dit onderdeel kon niet worden geladen',
  opnieuw,
}: {
  error: unknown;
  titel?: string;
  opnieuw?: () => void;
}) {
  return (
    <div role="alert" className="fout">
      <p>
        <strong>{titel}.</strong> {userMessage(error)}
      </p>
      {opnieuw && (
        <button type="button" onClick={opnieuw}>
          Opnieuw proberen
        </button>
      )}
      <details>
        <summary>Technische details</summary>
        <pre>{technicalMessage(error)}</pre>
      </details>
    </div>
  );
}
