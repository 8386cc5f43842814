import { useEffect, useState } from 'react';
import { bericht, DataLoadError } from '../db/errors';
import { B } from '../i18n';
import { haalManifest } from './useManifest';

export type BronTekstStand =
  | { readonly soort: 'laden' }
  | { readonly soort: 'klaar'; readonly regels: readonly string[] }
  | { readonly soort: 'fout'; readonly fout: unknown };

const M = B.bron;
const geladen = new Map<string, Promise<readonly string[]>>();

async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  // crypto.subtle only exists in secure contexts (https, localhost); elsewhere skip the check.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

async function laad(bestand: string): Promise<readonly string[]> {
  const bron = (await haalManifest()).bronnen.find((b) => b.bestand === bestand);
  if (!bron?.tekst) throw new DataLoadError(M.geenTekst);
  let r: Response;
  try {
    r = await fetch(new URL(`data/${bron.tekst.pad}`, document.baseURI), { credentials: 'same-origin' });
  } catch (e) {
    throw new DataLoadError(bericht(M.tekstHttp, { bestand, status: '–' }), e);
  }
  if (!r.ok) throw new DataLoadError(bericht(M.tekstHttp, { bestand, status: String(r.status) }));
  const bytes = new Uint8Array(await r.arrayBuffer());
  const hash = await sha256Hex(bytes);
  if (bytes.length !== bron.tekst.bytes || (hash !== null && hash !== bron.tekst.sha256))
    throw new DataLoadError(bericht(M.tekstBeschadigd, { bestand }));
  return new TextDecoder('utf-8').decode(bytes).split('\n');
}

/**
 * The lines of a shipped source text (`data/bronnen/<bestand>`, listed in the manifest), fetched once
 * with fetch(), not through DuckDB, and checked against the manifest's size and SHA-256. Line N is
 * `regels[N - 1]`, as the ingest numbers them.
 */
export function laadBronTekst(bestand: string): Promise<readonly string[]> {
  let p = geladen.get(bestand);
  if (!p) {
    p = laad(bestand);
    geladen.set(bestand, p);
    p.catch(() => geladen.delete(bestand));
  }
  return p;
}

export function useBronTekst(bestand: string): BronTekstStand {
  const [stand, setStand] = useState<{ bestand: string; stand: BronTekstStand } | null>(null);
  useEffect(() => {
    let actief = true;
    laadBronTekst(bestand).then(
      (regels) => actief && setStand({ bestand, stand: { soort: 'klaar', regels } }),
      (fout: unknown) => actief && setStand({ bestand, stand: { soort: 'fout', fout } }),
    );
    return () => {
      actief = false;
    };
  }, [bestand]);
  return stand?.bestand === bestand ? stand.stand : { soort: 'laden' };
}
