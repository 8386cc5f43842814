import { useSyncExternalStore } from 'react';
import { getLoadProgress, loadDatabase, subscribeLoadProgress, technicalMessage, userMessage } from '../db';
import { useDbStatus } from '../hooks/useDbStatus';
import { B, useT } from '../i18n';

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
  const t = useT();
  const laden = db.stand === 'laden';
  return (
    <p role="status" className="rekenmodule-status" data-stand={db.stand}>
      <span aria-hidden={laden ? undefined : true}>
        <span>{t(B.app.rekenmoduleLaden)}</span>
        <span className="rekenmodule-uitleg"> {t(B.app.rekenmoduleUitleg)}</span>{' '}
        <progress
          aria-label={t(B.app.rekenmoduleVoortgang)}
          max={laden && p && p.bytesTotal > 0 ? p.bytesTotal : undefined}
          value={laden && p && p.bytesTotal > 0 ? p.bytesLoaded : undefined}
        />
      </span>
      {db.stand === 'klaar' && (
        <span className="visually-hidden rekenmodule-klaar">{t(B.app.rekenmoduleKlaar)}</span>
      )}
    </p>
  );
}

/**
 * When DuckDB-WASM cannot start: what still works (every prerendered view) and what does not, and
 * why.
 */
export function RekenmoduleFout() {
  const db = useDbStatus();
  const t = useT();
  if (db.stand !== 'fout') return null;
  return (
    <div role="alert" className="fout rekenmodule-fout">
      <p>
        <strong>{t(B.app.rekenmoduleStartNiet)}</strong> {userMessage(db.error, t.taal)}
      </p>
      <p>{t(B.app.rekenmoduleHeatmapKlopt)}</p>
      <ul>
        <li>{t(B.app.rekenmoduleFilters)}</li>
        <li>{t(B.app.rekenmoduleAchterVakje)}</li>
      </ul>
      <button type="button" onClick={() => void loadDatabase().catch(() => undefined)}>
        {t(B.app.opnieuwProberen)}
      </button>
      <details>
        <summary>{t(B.app.technischeDetails)}</summary>
        <pre>{technicalMessage(db.error)}</pre>
      </details>
    </div>
  );
}
