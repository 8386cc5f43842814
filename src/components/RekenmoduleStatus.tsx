import { useSyncExternalStore } from 'react';
import { getLoadProgress, loadDatabase, subscribeLoadProgress, technicalMessage, userMessage } from '../db';
import { useDbStatus } from '../hooks/useDbStatus';
import type { ViewId } from '../store';

/**
 * One line in the toolbar while DuckDB-WASM loads after the (prerendered) heatmap is already shown.
 * Its box keeps its size when the work is done (only its visibility changes), so nothing below it moves;
 * on narrow screens the explanation is only for screen readers, so the line fits beside "Kopieer link".
 * Without JavaScript (no `js` class on <html>) it stays invisible; index.html has a <noscript> note.
 * When loading is done, the (polite) region says so once, for screen readers only.
 */
export function RekenmoduleStatus() {
  const db = useDbStatus();
  const p = useSyncExternalStore(subscribeLoadProgress, getLoadProgress, () => null);
  const laden = db.stand === 'laden';
  return (
    <p role="status" className="rekenmodule-status" data-stand={db.stand}>
      <span aria-hidden={laden ? undefined : true}>
        <span>Rekenmodule laden…</span>
        <span className="rekenmodule-uitleg">
          {' '}
          Filters, sorteren en de bevindingen achter de vakjes werken zodra die klaar is.
        </span>{' '}
        <progress
          aria-label="Voortgang van het laden van de rekenmodule"
          max={laden && p && p.bytesTotal > 0 ? p.bytesTotal : undefined}
          value={laden && p && p.bytesTotal > 0 ? p.bytesLoaded : undefined}
        />
      </span>
      {db.stand === 'klaar' && (
        <span className="visually-hidden rekenmodule-klaar">
          De rekenmodule is geladen; filters en zoeken werken nu.
        </span>
      )}
    </p>
  );
}

/**
 * When DuckDB-WASM cannot start: what still works (the prerendered heatmap) and what does not, and
 * why. `anderen` are the menu texts of the other views.
 */
export function RekenmoduleFout({ anderen }: { anderen: readonly { id: ViewId; nav: string }[] }) {
  const db = useDbStatus();
  if (db.stand !== 'fout') return null;
  return (
    <div role="alert" className="fout rekenmodule-fout">
      <p>
        <strong>De rekenmodule kon niet starten.</strong> {userMessage(db.error)}
      </p>
      <p>
        De heatmap hieronder is vooraf berekend uit dezelfde gegevens en klopt. Zonder rekenmodule werkt dit
        niet:
      </p>
      <ul>
        <li>de filters en het sorteren van de rijen;</li>
        <li>de bevinding, de conclusie en de bron achter een vakje;</li>
        <li>de andere onderdelen: {anderen.map((v) => v.nav).join(', ')}.</li>
      </ul>
      <button type="button" onClick={() => void loadDatabase().catch(() => undefined)}>
        Opnieuw proberen
      </button>
      <details>
        <summary>Technische details</summary>
        <pre>{technicalMessage(db.error)}</pre>
      </details>
    </div>
  );
}
