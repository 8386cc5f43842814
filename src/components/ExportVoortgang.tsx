import type { DeelVoortgang } from '../db';
import { B, useT } from '../i18n';

/** A part-by-part export under way: a progress bar named "Deel 3 van 54" and a cancel button. */
export function ExportVoortgang({ voortgang, annuleer }: { voortgang: DeelVoortgang; annuleer: () => void }) {
  const t = useT();
  return (
    <span className="export-voortgang">
      <progress
        value={voortgang.gedaan}
        max={voortgang.van}
        aria-label={t(B.app.deelVan, { deel: voortgang.deel, van: voortgang.van })}
      />{' '}
      <button type="button" onClick={annuleer}>
        {t(B.app.annuleren)}
      </button>
    </span>
  );
}
