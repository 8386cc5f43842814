import { technicalMessage, userMessage } from '../db';

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
