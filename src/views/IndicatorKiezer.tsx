import { INDICATOREN, THEMAS, themaOf } from '../model/toetsingskader';
import { B, useBronLang, useT } from '../i18n';
import { useAppStore } from '../store';
import { useKaderString } from '../components/KaderTekst';

const I = B.indicator;

/** The select that opens another indicator page, the indicators grouped by thema. */
export function IndicatorKiezer({ huidig }: { huidig: string | null }) {
  const openIndicator = useAppStore((s) => s.openIndicator);
  const t = useT();
  const nl = useBronLang();
  const kader = useKaderString();
  return (
    <p className="indicator-kiezer">
      <label>
        {huidig ? t(I.andereKiezen) : t(I.kiezen)}
        <select
          name="indicator"
          value={huidig ?? ''}
          onChange={(e) => {
            if (e.currentTarget.value) openIndicator(e.currentTarget.value);
          }}
        >
          {!huidig && <option value="">{t(I.kiesEen)}</option>}
          {THEMAS.map((th) => (
            <optgroup key={th.code} label={t(I.themaGroep, { naam: kader('thema', th.naam, th.code) })}>
              {INDICATOREN.filter((i) => themaOf(i.code).code === th.code).map((i) => (
                <option
                  key={i.code}
                  value={i.code}
                  lang={kader('label', i.label, i.code) === i.label ? nl : undefined}
                >
                  {i.code} {kader('label', i.label, i.code)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </p>
  );
}
