import { useEffect, useEffectEvent, useId, useState, type FormEvent } from 'react';
import { afterNextPaint } from '../../app/afterNextPaint';
import { MAX_ZOEK } from '../../model/queries-bevindingen';
import { B, Rijk, useT } from '../../i18n';
import { NlTag } from '../BegripLink';

const M = B.bevindingen;

/** The search field: searches 400 ms after typing stops, or at once on Enter or the button. */
export function Zoekveld({ zoek, onZoek }: { zoek: string; onZoek(z: string): void }) {
  const id = useId();
  const t = useT();
  const [invoer, setInvoer] = useState(zoek);
  const [bron, setBron] = useState(zoek);
  // The URL changed (back/forward, wissen): show its search text.
  if (bron !== zoek) {
    setBron(zoek);
    setInvoer(zoek);
  }
  const zoekNu = useEffectEvent((z: string) => onZoek(z));
  useEffect(() => {
    if (invoer === zoek) return;
    const timer = setTimeout(() => zoekNu(invoer), 400);
    return () => clearTimeout(timer);
  }, [invoer, zoek]);
  const verstuur = (e: FormEvent) => {
    e.preventDefault();
    // The table re-renders after the paint that answers the key or click (#4).
    if (invoer !== zoek) afterNextPaint(() => onZoek(invoer));
  };
  return (
    <div className="bev-zoek" role="search">
      <label htmlFor={id}>{t(M.zoekLabel)}</label>
      <div className="bev-zoek-regel">
        <input
          id={id}
          type="search"
          name="zoek"
          value={invoer}
          maxLength={MAX_ZOEK}
          autoComplete="off"
          spellCheck={false}
          aria-describedby={`${id}-hulp`}
          onChange={(e) => setInvoer(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') verstuur(e);
          }}
        />
        <button type="button" onClick={verstuur}>
          {t(M.zoeken)}
        </button>
      </div>
      <p id={`${id}-hulp`} className="bev-hulp">
        <Rijk m={M.zoekHulp} tags={{ nl: NlTag }} />
      </p>
    </div>
  );
}
