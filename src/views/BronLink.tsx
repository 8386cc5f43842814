/**
 * Links to the source view (`?weergave=bron&bestand=…&markeer=…`): a real <a href> made with formatUrl
 * (it can be opened in a new tab or copied), and an in-app click that changes the store.
 */
import type { MouseEvent, ReactNode } from 'react';
import { B, useBronLang, useT } from '../i18n';
import type { AanpakNamen, OordeelMetBron } from '../model/queries';
import { appStore, formatUrl, useAppStore, type Cel } from '../store';
import { bronUrlState } from './bronStaat';

const M = B.bron;

/** Link to a source document, optionally with one oordeel highlighted. */
export function BronLink({
  bestand,
  oordeel = null,
  children,
  className,
}: {
  bestand: string;
  oordeel?: Cel | null;
  children: ReactNode;
  className?: string;
}) {
  const taal = useAppStore((s) => s.taal);
  const naar = bronUrlState(taal, bestand, oordeel);
  const klik = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    appStore.getState().applyUrlState(naar);
  };
  return (
    <a href={formatUrl(naar)} className={className} onClick={klik} data-bron={bestand}>
      {children}
    </a>
  );
}

/** `file:first-last` (the `bron` columns) read back; null when it does not fit. */
export function leesBronPlek(
  bron: string | null | undefined,
): { bestand: string; van: number; tot: number } | null {
  const m = /^(.+):(\d+)-(\d+)$/.exec((bron ?? '').trim());
  return m ? { bestand: m[1] as string, van: Number(m[2]), tot: Number(m[3]) } : null;
}

/** The places of `bronnen` ("file:a-b; file:c-d"), primary first. */
export function bronPlekken(bronnen: string | null | undefined) {
  return (bronnen ?? '')
    .split(';')
    .map(leesBronPlek)
    .filter((p): p is NonNullable<typeof p> => p !== null);
}

/**
 * "View lines 813–817 in the source" for one oordeel, with the aanpak and indicator for a screen reader
 * (many such links can be on one page).
 */
export function OordeelBronLink({
  bestand,
  van,
  tot,
  oordeel,
  wat,
  className = 'bron-link',
}: {
  bestand: string;
  van: number | null;
  tot: number | null;
  oordeel: Cel;
  /** e.g. "Emmen, OGGz, A9": what the source is of. */
  wat?: ReactNode;
  className?: string;
}) {
  const t = useT();
  return (
    <BronLink bestand={bestand} oordeel={oordeel} className={className}>
      {van !== null && tot !== null
        ? t(van === tot ? M.bekijkRegel : M.bekijkRegels, { van: String(van), tot: String(tot) })
        : t(M.bekijkBron)}
      {wat && <span className="visually-hidden"> ({wat})</span>}
    </BronLink>
  );
}

/** The aanpak and indicator of an oordeel, for the hidden part of a link. */
export function OordeelWat({
  gemeente,
  aanpak,
  indicator,
}: {
  gemeente: string;
  aanpak: string;
  indicator: string;
}) {
  const nl = useBronLang();
  return (
    <>
      {gemeente}, <span lang={nl}>{aanpak}</span>, {indicator}
    </>
  );
}

/** The source props of `BronVermelding` from a row with an oordeel's source columns. */
export function bronVan(
  r: Pick<OordeelMetBron, 'bron_bestand' | 'bron_van' | 'bron_tot' | 'teken_regel' | 'bronnen'> &
    Pick<AanpakNamen, 'aanpak_id'> & { indicator: string },
) {
  return {
    bestand: r.bron_bestand,
    van: r.bron_van,
    tot: r.bron_tot,
    teken: r.teken_regel,
    bronnen: r.bronnen,
    oordeel: { aanpak: r.aanpak_id, indicator: r.indicator },
  };
}

/**
 * Where an oordeel comes from, with links to the source view: the primary file, its lines and the line
 * of the mark, then every other copy ("Ook in …") with its own lines.
 */
export function BronVermelding({
  bestand,
  van,
  tot,
  teken,
  bronnen,
  oordeel,
  wat,
  className,
}: {
  bestand: string | null;
  van: number | null;
  tot: number | null;
  teken: number | null;
  bronnen: string | null;
  oordeel: Cel;
  wat?: ReactNode;
  className?: string;
}) {
  const t = useT();
  const D = B.drilldown;
  const andere = bronPlekken(bronnen).filter((p) => p.bestand !== bestand);
  return (
    <ul className={className ?? 'bron-plekken'}>
      {bestand && (
        <li>
          {t(D.bestand)} <code>{bestand}</code>
          {van !== null && tot !== null && t(D.regels, { van: String(van), tot: String(tot) })}
          {teken !== null && t(D.tekenOpRegel, { regel: String(teken) })}
          {'. '}
          <OordeelBronLink bestand={bestand} van={van} tot={tot} oordeel={oordeel} wat={wat} />
        </li>
      )}
      {andere.map((p) => (
        <li key={p.bestand}>
          {t(D.ookIn)}{' '}
          <BronLink bestand={p.bestand} oordeel={oordeel}>
            <code>{p.bestand}</code>
            {t(D.regels, { van: String(p.van), tot: String(p.tot) })}
            {wat && <span className="visually-hidden"> ({wat})</span>}
          </BronLink>
        </li>
      ))}
    </ul>
  );
}

/** The source link of a row that has `bron` as `file:first-last` (Bevindingen). */
export function RijBronLink({
  bron,
  gemeente,
  aanpak,
  aanpakId,
  indicator,
}: {
  bron: string | null;
  gemeente: string;
  aanpak: string;
  aanpakId: string;
  indicator: string;
}) {
  const p = leesBronPlek(bron);
  if (!p) return null;
  return (
    <OordeelBronLink
      bestand={p.bestand}
      van={p.van}
      tot={p.tot}
      oordeel={{ aanpak: aanpakId, indicator }}
      wat={<OordeelWat gemeente={gemeente} aanpak={aanpak} indicator={indicator} />}
      className="bron-link bev-bron"
    />
  );
}
