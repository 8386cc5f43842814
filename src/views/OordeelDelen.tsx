/** Parts that show one oordeel the same way in the drill-down and on the indicator page. */
import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../charts/oordeel';
import { B, useBronLang, useT } from '../i18n';
import type { Oordeel } from '../model/queries';
import { useAppStore } from '../store';

const D = B.drilldown;

/** The oordeel as symbol and word, coloured by its class (`badge` in the drill-down). */
export function OordeelBadge({ oordeel, klasse = 'badge' }: { oordeel: Oordeel; klasse?: string }) {
  const t = useT();
  return (
    <span className={`${klasse} cel-${oordeel}`}>
      <span aria-hidden="true">{OORDEEL_SYMBOOL[oordeel]} </span>
      {t(OORDEEL_WOORD[oordeel])}
    </span>
  );
}

/** Why the oordeel is onduidelijk: the reason the data gives, or the standard sentence. */
export function OnduidelijkReden({ reden }: { reden: string | null }) {
  const t = useT();
  const nl = useBronLang();
  return (
    <p className="waarschuwing">
      <strong>{t(D.waaromOnduidelijk)}</strong>{' '}
      {reden ? <span lang={nl}>{reden}</span> : t(D.onduidelijkStandaard)}
    </p>
  );
}

/** The warning that the source text of the oordeel may be incomplete, with the view's own explanation. */
export function MogelijkOnvolledig({ uitleg }: { uitleg: string }) {
  const t = useT();
  return (
    <p className="waarschuwing">
      <strong>{t(D.mogelijkOnvolledigKop)}</strong> {uitleg}
    </p>
  );
}

/** The indicators of a merged block (`blok`, "A1,A2") as a list for a sentence: "A1, A2". */
export const blokLijst = (blok: string | null): string => (blok ?? '').split(',').join(', ');

/**
 * The button that opens the drill-down of the cell of `o`, named with its gemeente and aanpak. With
 * `celKnop` it carries the cell's data attributes, so focus returns to it when the drill-down closes.
 */
export function OpenVakje({
  o,
  celKnop = false,
}: {
  o: { aanpak_id: string; indicator: string; gemeente: string; aanpak: string };
  celKnop?: boolean;
}) {
  const openCel = useAppStore((s) => s.openCel);
  const t = useT();
  const nl = useBronLang();
  return (
    <button
      type="button"
      className="link-knop"
      data-aanpak={celKnop ? o.aanpak_id : undefined}
      data-indicator={celKnop ? o.indicator : undefined}
      onClick={() => openCel({ aanpak: o.aanpak_id, indicator: o.indicator })}
    >
      {t(D.openVakje)}
      <span className="visually-hidden">
        {' '}
        ({o.gemeente}, <span lang={nl}>{o.aanpak}</span>)
      </span>
    </button>
  );
}
