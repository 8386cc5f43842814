import type { Tekst } from '../core';

/** One glossary entry. `term` is the Dutch word as the sources use it; `en` its English name. */
export interface Begrip {
  /** Anchor id on the glossary page: `begrip-<id>`. */
  readonly id: string;
  readonly term: string;
  readonly en: string;
  /** Plain-language explanation (B1). In English, `<nl>…</nl>` marks Dutch names (rendered lang="nl"). */
  readonly uitleg: Tekst;
}

/** The glossary (begrippenlijst): one source for the glossary view and the Methode page. */
export const BEGRIPPEN: readonly Begrip[] = [
  {
    id: 'ggsr',
    term: 'GGSR',
    en: 'families with low social self-reliance (GGSR)',
    uitleg: {
      nl:
        'Gezinnen met geringe sociale redzaamheid. Dat zijn gezinnen met problemen op veel gebieden tegelijk, ' +
        'bijvoorbeeld geld, huis, gezondheid en opvoeding. Ze kunnen zich daarbij zelf niet goed redden, en hun ' +
        'familie en vrienden kunnen ook niet genoeg helpen.',
      en:
        '<nl>Gezinnen met geringe sociale redzaamheid</nl>. These are families with problems in many areas at once, ' +
        'for example money, housing, health and parenting. They cannot cope well on their own, and their ' +
        'family and friends cannot help enough either.',
    },
  },
  {
    id: 'stj',
    term: 'STJ',
    en: 'Joint Youth Inspectorate (STJ)',
    uitleg: {
      nl:
        'Samenwerkend Toezicht Jeugd. Vijf inspecties die samen controleren hoe de hulp aan kinderen en ' +
        'gezinnen gaat. STJ deed in 2013 het onderzoek waar deze website over gaat.',
      en:
        '<nl>Samenwerkend Toezicht Jeugd</nl>: five inspectorates that check together how help for children and ' +
        'families works. STJ carried out the 2013 inspection that this website is about.',
    },
  },
  {
    id: 'aanpak',
    term: 'Aanpak',
    en: 'Approach',
    uitleg: {
      nl:
        'De manier waarop een gemeente en haar partners de hulp aan deze gezinnen regelen. Een aanpak heeft ' +
        'vaak een eigen naam, zoals ‘Gezinscoaching’ in Dordrecht. STJ bekeek 7 aanpakken.',
      en:
        'The way a municipality and its partners arrange help for these families. An approach often has its ' +
        'own name, such as ‘<nl>Gezinscoaching</nl>’ in Dordrecht. STJ looked at 7 approaches.',
    },
  },
  {
    id: 'netwerkpartner',
    term: 'Netwerkpartner',
    en: 'Network partner',
    uitleg: {
      nl:
        'Een organisatie die samen met de gemeente aan de aanpak werkt. Bijvoorbeeld maatschappelijk werk, ' +
        'de GGD, een woningcorporatie of jeugdzorg.',
      en:
        'An organisation that works on the approach together with the municipality. For example social work, ' +
        'the public health service, a housing association or youth care.',
    },
  },
  {
    id: 'toetsingskader',
    term: 'Toetsingskader',
    en: 'Assessment framework',
    uitleg: {
      nl:
        'De vaste lijst met punten waarop STJ elke aanpak beoordeelde. De lijst heeft 5 thema’s, 13 criteria ' +
        'en 30 indicatoren.',
      en:
        'The fixed list of points on which STJ assessed every approach. The list has 5 themes, 13 criteria ' +
        'and 30 indicators.',
    },
  },
  {
    id: 'thema',
    term: 'Thema',
    en: 'Theme',
    uitleg: {
      nl: 'Een groot onderwerp in het toetsingskader, bijvoorbeeld ‘Samenwerking’. Er zijn 5 thema’s.',
      en: 'A main subject in the assessment framework, for example ‘<nl>Samenwerking</nl>’ (cooperation). There are 5 themes.',
    },
  },
  {
    id: 'criterium',
    term: 'Criterium',
    en: 'Criterion',
    uitleg: {
      nl: 'Een deel van een thema: waar de aanpak aan moet voldoen. Er zijn 13 criteria.',
      en: 'Part of a theme: what the approach has to meet. There are 13 criteria.',
    },
  },
  {
    id: 'indicator',
    term: 'Indicator',
    en: 'Indicator',
    uitleg: {
      nl:
        'Eén concreet punt waarop STJ keek, bijvoorbeeld ‘Er is één plan per gezin’. Elke indicator heeft een ' +
        'code, zoals A9. Er zijn 30 indicatoren.',
      en:
        'One specific point STJ looked at, for example ‘there is one plan per family’. Each indicator has a ' +
        'code, such as A9. There are 30 indicators.',
    },
  },
  {
    id: 'oordeel',
    term: 'Oordeel',
    en: 'Assessment',
    uitleg: {
      nl: 'Het teken dat STJ bij een indicator zette: voldoet (√) of verbeterpunt (X).',
      en: 'The mark STJ gave for an indicator: meets the standard (√) or needs improvement (X).',
    },
  },
  {
    id: 'voldoet-verbeterpunt',
    term: 'Voldoet / verbeterpunt',
    en: 'Meets the standard / needs improvement',
    uitleg: {
      nl:
        'Het oordeel van STJ bij een indicator. Voldoet (√): dit punt was in orde. Verbeterpunt (X): dit punt ' +
        'moest beter. Soms is uit de tekst niet zeker welk teken erbij hoort; dan staat er ‘onduidelijk’ (?).',
      en:
        'The assessment by STJ for an indicator. Meets the standard (√): this point was in order. Needs ' +
        'improvement (X): this point had to get better. Sometimes the text does not make clear which mark ' +
        'belongs to it; then it says ‘unclear’ (?).',
    },
  },
  {
    id: 'bevinding',
    term: 'Bevinding',
    en: 'Finding',
    uitleg: {
      nl: 'Wat STJ bij een indicator zag en opschreef. Het oordeel is gebaseerd op de bevinding.',
      en: 'What STJ saw and wrote down for an indicator. The assessment is based on the finding.',
    },
  },
  {
    id: 'let-op',
    term: 'LET OP',
    en: 'NOTE',
    uitleg: {
      nl:
        'Een extra opmerking van STJ bij een bevinding. Het is een punt om op te letten, ook als het oordeel ' +
        '‘voldoet’ is.',
      en:
        'An extra remark by STJ with a finding. It is a point to watch, even when the assessment is ‘meets ' +
        'the standard’.',
    },
  },
  {
    id: 'doorzettingsmacht',
    term: 'Doorzettingsmacht',
    en: 'Power to push decisions through',
    uitleg: {
      nl:
        'Het recht om een knoop door te hakken als de hulp vastloopt of als partijen het niet eens worden. ' +
        'Zo gaat de hulp toch door (indicator A9).',
      en:
        'The right to make a final decision when help gets stuck or when parties cannot agree. That way the ' +
        'help goes on (indicator A9).',
    },
  },
  {
    id: 'regisseur',
    term: 'Regisseur',
    en: 'Coordinator',
    uitleg: {
      nl: 'Eén vaste persoon die de hulp aan een gezin op elkaar afstemt (indicator A8).',
      en: 'One fixed person who coordinates the help for a family (indicator A8).',
    },
  },
  {
    id: 'gemeente-regie',
    term: 'Gemeente-regie',
    en: 'Municipal direction',
    uitleg: {
      nl:
        'De gemeente houdt de leiding over de aanpak. Ze zorgt dat alle partijen meedoen en dat afspraken ' +
        'worden nagekomen (indicator S1).',
      en:
        'The municipality stays in charge of the approach. It makes sure all parties take part and keep to ' +
        'agreements (indicator S1).',
    },
  },
];
