import { useId } from 'react';
import { useBronLang } from '../../i18n';

/** A labelled select with an "all" option; `bron` marks the options as Dutch source text. */
export function Keuze({
  label,
  name,
  waarde,
  opties,
  alle,
  onKies,
  className,
  bron = false,
}: {
  bron?: boolean;
  label: string;
  name: string;
  waarde: string | null;
  opties: readonly (readonly [string, string])[];
  alle: string;
  onKies(v: string | null): void;
  className?: string;
}) {
  const id = useId();
  const nl = useBronLang();
  return (
    <div className={`bev-keuze ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        value={waarde ?? ''}
        onChange={(e) => onKies(e.currentTarget.value || null)}
      >
        <option value="">{alle}</option>
        {opties.map(([v, tekst]) => (
          <option key={v} value={v} lang={bron ? nl : undefined}>
            {tekst}
          </option>
        ))}
      </select>
    </div>
  );
}
