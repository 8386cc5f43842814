import { useEffect, useState } from 'react';
import { B, useT } from '../i18n';

type Stand = { soort: 'klaar' } | { soort: 'gekopieerd' } | { soort: 'handmatig'; url: string };

/** "Kopieer link": copies the current address (which holds the whole view) to the clipboard. */
export function CopyLinkButton() {
  const [stand, setStand] = useState<Stand>({ soort: 'klaar' });
  const t = useT();

  useEffect(() => {
    if (stand.soort !== 'gekopieerd') return;
    const t = setTimeout(() => setStand({ soort: 'klaar' }), 4000);
    return () => clearTimeout(t);
  }, [stand]);

  const kopieer = async () => {
    const url = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error('geen klembord');
      await navigator.clipboard.writeText(url);
      setStand({ soort: 'gekopieerd' });
    } catch {
      setStand({ soort: 'handmatig', url });
    }
  };

  return (
    <div className="kopieer">
      <button type="button" onClick={() => void kopieer()}>
        {t(B.app.kopieerLink)}
      </button>
      <span role="status" className="kopieer-status">
        {stand.soort === 'gekopieerd' && t(B.app.linkGekopieerd)}
      </span>
      {stand.soort === 'handmatig' && (
        <label className="kopieer-handmatig">
          {t(B.app.kopierenMislukt)}
          <input type="text" readOnly value={stand.url} onFocus={(e) => e.currentTarget.select()} autoFocus />
        </label>
      )}
    </div>
  );
}
