import { useEffect, useState } from 'react';
import { leesManifest, type Manifest } from '../model/openData';

export type ManifestStand =
  { soort: 'laden' } | { soort: 'klaar'; manifest: Manifest } | { soort: 'fout'; error: unknown };

/** data/manifest.json (relative to the page, so a sub-path works); the browser cache usually has it. */
export function useManifest(): ManifestStand {
  const [stand, setStand] = useState<ManifestStand>({ soort: 'laden' });
  useEffect(() => {
    let actief = true;
    fetch(new URL('data/manifest.json', document.baseURI))
      .then((r) => {
        if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
        return r.json() as Promise<unknown>;
      })
      .then((json) => {
        const manifest = leesManifest(json);
        if (!manifest) throw new Error('manifest.json heeft een onverwachte vorm');
        if (actief) setStand({ soort: 'klaar', manifest });
      })
      .catch((error: unknown) => {
        if (actief) setStand({ soort: 'fout', error });
      });
    return () => {
      actief = false;
    };
  }, []);
  return stand;
}
