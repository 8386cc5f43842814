import type { Tekst } from '../core';

/** Messages about parts of a link that could not be used (src/store/url.ts). */
export const url = {
  teLang: {
    nl: 'De link is te lang en is daarom niet gebruikt.',
    en: 'The link is too long and was not used.',
  },
  ongeldigeWaarde: { nl: 'een ongeldige waarde', en: 'an invalid value' },
  onderdeelBestaatNiet: {
    nl: 'Het onderdeel {w} bestaat niet. U ziet nu de heatmap.',
    en: 'The section {w} does not exist. You are now looking at the heatmap.',
  },
  teVeelWaarden: {
    nl: 'Bij "{naam}" staan te veel waarden; alleen de eerste {max} zijn bekeken.',
    en: 'There are too many values for "{naam}"; only the first {max} were read.',
  },
  gemeenteOnbekend: {
    nl: 'De gemeente {w} komt niet voor in deze gegevens en is weggelaten.',
    en: 'The municipality {w} does not occur in this data and was left out.',
  },
  aanpakOnbekend: {
    nl: 'De aanpak {w} komt niet voor in deze gegevens en is weggelaten.',
    en: 'The approach {w} does not occur in this data and was left out.',
  },
  themaOnbekend: {
    nl: 'Het thema {w} komt niet voor in deze gegevens en is weggelaten.',
    en: 'The theme {w} does not occur in this data and was left out.',
  },
  ongeldigInLijst: {
    nl: 'Een ongeldige waarde bij "{naam}" is weggelaten.',
    en: 'An invalid value for "{naam}" was left out.',
  },
  alleenOnbekend: {
    nl: 'De keuze {w} bij "alleen" bestaat niet en is weggelaten.',
    en: 'The choice {w} for "alleen" does not exist and was left out.',
  },
  sorteringOnbekend: {
    nl: 'De sortering {w} bestaat niet; de gewone volgorde wordt gebruikt.',
    en: 'The sort order {w} does not exist; the usual order is used.',
  },
  indicatorOnbekend: {
    nl: 'De indicator {w} bestaat niet en is weggelaten.',
    en: 'The indicator {w} does not exist and was left out.',
  },
  celOnbekend: {
    nl: 'Het vakje {w} bestaat niet. Er is geen detail geopend.',
    en: 'The cell {w} does not exist. No details were opened.',
  },
  celUitLink: { nl: 'uit de link', en: 'in the link' },
  extraOngeldig: {
    nl: 'De waarde {w} bij "{naam}" is niet geldig en is weggelaten.',
    en: 'The value {w} for "{naam}" is not valid and was left out.',
  },
  taalOnbekend: {
    nl: 'De taal {w} bestaat niet; de pagina is in het Nederlands.',
    en: 'The language {w} does not exist; the page is in Dutch.',
  },
} as const satisfies Record<string, Tekst>;
