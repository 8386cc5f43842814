import type { Meervoud, Tekst } from '../core';

/** "Terugkerende verbeterpunten" (ranking) and its generated sentences. */
export const ranking = {
  intro: {
    nl:
      'Welke punten uit het <kader>toetsingskader</kader> moesten bij veel aanpakken beter (X)? Bovenaan staat ' +
      'wat het vaakst een verbeterpunt was. We tellen alle {aanpakken} aanpakken in {gemeenten} gemeenten. Is ' +
      'het aantal gelijk, dan houden we de volgorde van het toetsingskader aan. Kies een indicator om alle ' +
      'bevindingen te lezen.',
    en:
      'Which points of the <kader>assessment framework</kader> needed improvement (X) in many approaches? The ' +
      'point that most often needed improvement is at the top. We count all {aanpakken} approaches in ' +
      '{gemeenten} municipalities. When the numbers are equal, the order of the framework is kept. Choose an ' +
      'indicator to read all findings.',
  },
  geenIndicatoren: {
    nl: 'Er zijn geen indicatoren voor deze keuze.',
    en: 'There are no indicators for this selection.',
  },
  legenda: { nl: 'Legenda van de balken', en: 'Legend of the bars' },
  legendaAanpakken: {
    nl: 'aanpakken met een verbeterpunt, van de {aanpakken} aanpakken',
    en: 'approaches that need improvement, of the {aanpakken} approaches',
  },
  legendaGedeeld: {
    nl: 'daarvan met één teken voor een blok indicatoren (in de bron één X voor meerdere indicatoren)',
    en: 'of these, with one mark for a block of indicators (one X for several indicators in the source)',
  },
  legendaGemeenten: {
    nl: 'gemeenten met een verbeterpunt bij minstens één aanpak, van de {gemeenten} gemeenten',
    en: 'municipalities with at least one approach that needs improvement, of the {gemeenten} municipalities',
  },
  balkAanpakken: { nl: '{n} van {totaal} aanpakken', en: '{n} of {totaal} approaches' },
  balkGemeenten: { nl: '{n} van {totaal} gemeenten', en: '{n} of {totaal} municipalities' },
  nergensVerbeterpunt: {
    nl: {
      one: '{n} indicator: nergens een verbeterpunt',
      other: '{n} indicatoren: nergens een verbeterpunt',
    },
    en: {
      one: '{n} indicator: no need for improvement anywhere',
      other: '{n} indicators: no need for improvement anywhere',
    },
  } satisfies Meervoud,
  nergensUitleg: {
    nl: 'Bij deze indicatoren kreeg geen van de {aanpakken} aanpakken een X:',
    en: 'None of the {aanpakken} approaches got an X for these indicators:',
  },
  legendaOnduidelijk: { nl: 'onduidelijk (apart geteld)', en: 'unclear (counted separately)' },
  lijstLabel: {
    nl: 'Indicatoren, meeste verbeterpunten eerst',
    en: 'Indicators, most points for improvement first',
  },
  themaKop: { nl: 'Thema', en: 'Theme' },
  cijfersTonen: { nl: 'Toon de cijfers als tabel', en: 'Show the figures as a table' },
  cijfersRegio: { nl: 'Cijfers per indicator', en: 'Figures per indicator' },
  cijfersCaption: {
    nl: 'Verbeterpunten per indicator, in dezelfde volgorde als de grafiek.',
    en: 'Points for improvement per indicator, in the same order as the chart.',
  },
  kolIndicator: { nl: 'Indicator', en: 'Indicator' },
  kolThema: { nl: 'Thema', en: 'Theme' },
  kolAanpakkenX: { nl: 'Aanpakken met verbeterpunt', en: 'Approaches that need improvement' },
  kolAanpakkenOnduidelijk: { nl: 'Aanpakken onduidelijk', en: 'Approaches unclear' },
  kolGedeeld: {
    nl: 'Waarvan één teken voor een blok',
    en: 'Of which one mark for a block',
  },
  kolGemeentenX: { nl: 'Gemeenten met verbeterpunt', en: 'Municipalities with a point for improvement' },
  vanTotaal: { nl: '{n} van {totaal} ({procent})', en: '{n} of {totaal} ({procent})' },
  // Generated sentences (src/charts/rankingModel.ts)
  aanpakWoord: {
    nl: { one: 'aanpak', other: 'aanpakken' },
    en: { one: 'approach', other: 'approaches' },
  } satisfies Meervoud,
  gemeenteWoord: {
    nl: { one: 'gemeente', other: 'gemeenten' },
    en: { one: 'municipality', other: 'municipalities' },
  } satisfies Meervoud,
  geenVerbeterpunt: {
    nl: 'in geen van de {aanpakken} {aanpakWoord} een verbeterpunt',
    en: 'no need for improvement in any of the {aanpakken} {aanpakWoord}',
  },
  verbeterpuntIn: {
    nl: 'verbeterpunt in {x} van {aanpakken} {aanpakWoord} ({gx} van {gemeenten} {gemeenteWoord})',
    en: 'needs improvement in {x} of {aanpakken} {aanpakWoord} ({gx} of {gemeenten} {gemeenteWoord})',
  },
  gedeeldBij: {
    nl: '; daarvan {n} met één teken voor een blok indicatoren',
    en: '; of these, {n} with one mark for a block of indicators',
  },
  onduidelijkBij: { nl: '; bij {n} {aanpakWoord} onduidelijk', en: '; unclear for {n} {aanpakWoord}' },
} as const satisfies Record<string, Tekst | Meervoud>;
