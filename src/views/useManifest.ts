import { useEffect, useState } from 'react';
import { leesManifest, type Manifest } from '../model/openData';

export type ManifestStand =
  { soort: 'laden' } | { soort: 'klaar'; manifest: Manifest } | { soort: 'fout'; error: unknown };

let gedeeld: Promise<Manifest> | null = null;

/** data/manifest.json (relative to the page, so a sub-path works), fetched once; again after a failure. */
export function haalManifest(): Promise<Manifest> {
  gedeeld ??= fetch(new URL('data/manifest.json', document.baseURI))
    .then((r) => {
      if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
      return r.json() as Promise<unknown>;
    })
    .then((json) => {
      const manifest = leesManifest(json);
      if (!manifest) throw new Error('manifest.json heeft een onverwachte vorm');
      return manifest;
    });
  gedeeld.catch(() => (gedeeld = null));
  return gedeeld;
}

/** The manifest for a view; loading until it has been fetched (also while prerendering). */
export function useManifest(): ManifestStand {
  const [stand, setStand] = useState<ManifestStand>({ soort: 'laden' });
  useEffect(() => {
    let actief = true;
    haalManifest().then(
      (manifest) => {
        if (actief) setStand({ soort: 'klaar', manifest });
      },
      (error: unknown) => {
        if (actief) setStand({ soort: 'fout', error });
      },
    );
    return () => {
      actief = false;
    };
  }, []);
  return stand;
}
