import { OORDEEL_SYMBOOL, OORDEEL_WOORD } from '../../charts/oordeel';
import { OORDELEN } from '../../model/queries';
import { INDICATOREN, THEMAS } from '../../model/toetsingskader';
import { useAppStore } from '../../store';
import { jarenIn, provinciesIn } from '../../store/schaal';
import { B, useT } from '../../i18n';
import { useKaderString } from '../../components/KaderTekst';
import { KOL_NAAM } from './cellen';
import { Keuze } from './Keuze';
import { LEGE_STAAT, type TabelStaat } from './staat';
import type { BevindingenTabel } from './tabel';
import { zetStaat } from './zetStaat';
import { Zoekveld } from './Zoekveld';

const M = B.bevindingen;

/** The search, the filter per column, the sort choice and "wis filters"; every change goes through the table into the URL. */
export function Filters({ table, staat }: { table: BevindingenTabel; staat: TabelStaat }) {
  const t = useT();
  const catalog = useAppStore((s) => s.catalog);
  const filtersActief =
    JSON.stringify({ ...staat, pagina: 1 }) !== JSON.stringify({ ...LEGE_STAAT, sortering: staat.sortering });
  const jaren = jarenIn(catalog);
  const provincies = provinciesIn(catalog);
  const provincieVan = new Map((catalog?.gemeenten ?? []).map((g) => [g.gemeente_id, g.provincie ?? null]));
  const inProvincie = (gemeente: string, p = staat.provincie) => !p || provincieVan.get(gemeente) === p;
  const gemeenteOpties = (catalog?.gemeenten ?? []).filter((g) => inProvincie(g.gemeente_id));
  const aanpakOpties = (catalog?.aanpakken ?? []).filter(
    (a) =>
      (!staat.gemeente || a.gemeente_id === staat.gemeente) &&
      inProvincie(a.gemeente_id) &&
      (staat.jaar === null || a.jaar === staat.jaar),
  );
  const col = (id: string) => table.getColumn(id);
  const aanpakVan = (id: string | null) => catalog?.aanpakken.find((a) => a.aanpak_id === id);
  // In English our translation of the toetsingskader; the switch to the official Dutch is on every page.
  const kader = useKaderString();
  const bron = kader('label', 'Doorzettingsmacht', 'A9') === 'Doorzettingsmacht';

  return (
    <form className="bev-filters" aria-label={t(M.zoekenFilteren)} onSubmit={(e) => e.preventDefault()}>
      <Zoekveld zoek={staat.zoek} onZoek={(z) => table.setGlobalFilter(z)} />
      <div className="bev-keuzes">
        {jaren.length > 1 && (
          <Keuze
            label={t(B.schaal.jaar)}
            name="filter-jaar"
            waarde={staat.jaar === null ? null : String(staat.jaar)}
            opties={[...jaren].reverse().map((j) => [String(j), String(j)])}
            alle={t(M.alleJaren)}
            onKies={(v) => {
              const jaar = v === null ? null : Number(v);
              // An aanpak of another jaar no longer fits: drop it in the same update.
              const aanpak = jaar !== null && aanpakVan(staat.aanpak)?.jaar !== jaar ? null : staat.aanpak;
              zetStaat({ ...staat, jaar, aanpak, pagina: 1 });
            }}
          />
        )}
        {provincies.length > 1 && (
          <Keuze
            label={t(B.schaal.provincie)}
            name="filter-provincie"
            waarde={staat.provincie}
            opties={provincies.map((p) => [p, p])}
            alle={t(M.alleProvincies)}
            onKies={(provincie) => {
              // A gemeente or aanpak outside the provincie no longer fits: drop it in the same update.
              const gemeente =
                staat.gemeente && inProvincie(staat.gemeente, provincie) ? staat.gemeente : null;
              const vanAanpak = aanpakVan(staat.aanpak)?.gemeente_id;
              const aanpak = vanAanpak && inProvincie(vanAanpak, provincie) ? staat.aanpak : null;
              zetStaat({ ...staat, provincie, gemeente, aanpak, pagina: 1 });
            }}
          />
        )}
        <Keuze
          label={t(M.kolGemeente)}
          name="filter-gemeente"
          waarde={staat.gemeente}
          opties={gemeenteOpties.map((g) => [g.gemeente_id, g.naam])}
          alle={t(M.alleGemeenten)}
          onKies={(v) => {
            // An aanpak of another gemeente no longer fits: drop it in the same update.
            const vanGemeente = catalog?.aanpakken.find((a) => a.aanpak_id === staat.aanpak)?.gemeente_id;
            const aanpak = v && vanGemeente !== v ? null : staat.aanpak;
            table.setColumnFilters((f) => [
              ...f.filter((x) => x.id !== 'gemeente' && x.id !== 'aanpak'),
              ...(v ? [{ id: 'gemeente', value: v }] : []),
              ...(aanpak ? [{ id: 'aanpak', value: aanpak }] : []),
            ]);
          }}
        />
        <Keuze
          label={t(M.kolAanpak)}
          name="filter-aanpak"
          waarde={staat.aanpak}
          opties={aanpakOpties.map((a) => [a.aanpak_id, `${a.gemeente}: ${a.naam}`])}
          bron
          alle={t(M.alleAanpakken)}
          onKies={(v) => col('aanpak')?.setFilterValue(v)}
        />
        <Keuze
          label={t(M.kolThema)}
          name="filter-thema"
          waarde={staat.thema}
          opties={THEMAS.map((th) => [th.code, kader('thema', th.naam, th.code)])}
          bron={bron}
          alle={t(M.alleThemas)}
          onKies={(v) => col('thema')?.setFilterValue(v)}
        />
        <Keuze
          label={t(M.kolIndicator)}
          name="filter-indicator"
          waarde={staat.indicator}
          opties={INDICATOREN.map((i) => [i.code, `${i.code} ${kader('label', i.label, i.code)}`])}
          bron={bron}
          alle={t(M.alleIndicatoren)}
          onKies={(v) => col('indicator')?.setFilterValue(v)}
        />
        <Keuze
          label={t(M.kolLetOp)}
          name="let-op"
          waarde={staat.letOp}
          opties={[
            ['met', t(M.alleenMetLetOp)],
            ['zonder', t(M.alleenZonderLetOp)],
          ]}
          alle={t(M.metEnZonder)}
          onKies={(v) => col('let_op')?.setFilterValue(v)}
        />
        <fieldset className="bev-oordelen">
          <legend>{t(M.kolOordeel)}</legend>
          {OORDELEN.map((o) => (
            <label key={o} className="keuze">
              <input
                type="checkbox"
                name="oordeel"
                value={o}
                checked={staat.oordelen.length === 0 || staat.oordelen.includes(o)}
                onChange={(e) => {
                  const huidig = staat.oordelen.length ? staat.oordelen : OORDELEN;
                  const next = e.currentTarget.checked ? [...huidig, o] : huidig.filter((x) => x !== o);
                  // Nothing ticked means nothing to show; treat it as "all" again.
                  col('oordeel')?.setFilterValue(next.length === OORDELEN.length ? undefined : next);
                }}
              />
              <span aria-hidden="true" className="bev-teken">
                {OORDEEL_SYMBOOL[o]}
              </span>
              {t(OORDEEL_WOORD[o])}
            </label>
          ))}
        </fieldset>
        <Keuze
          label={t(M.sorteren)}
          name="sorteer-tabel"
          className="bev-sorteer-keuze"
          waarde={staat.sortering ? `${staat.sortering.kolom}${staat.sortering.aflopend ? '-af' : ''}` : null}
          opties={Object.entries(KOL_NAAM).flatMap(([id, naam]) => [
            [id, t(M.oplopend, { naam: t(naam) })],
            [`${id}-af`, t(M.aflopend, { naam: t(naam) })],
          ])}
          alle={t(M.standaardVolgorde)}
          onKies={(v) => {
            const id = v?.replace(/-af$/, '');
            table.setSorting(id ? [{ id, desc: v?.endsWith('-af') ?? false }] : []);
          }}
        />
      </div>
      {filtersActief && (
        <button
          type="button"
          className="bev-wissen"
          onClick={() => zetStaat({ ...LEGE_STAAT, sortering: staat.sortering })}
        >
          {t(M.wissen)}
        </button>
      )}
    </form>
  );
}
