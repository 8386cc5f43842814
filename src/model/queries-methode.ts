/**
 * Queries of the Methode page and the source view's document list: the toetsingskader as stored, the
 * source files, and the counts of the limits section. Core files only.
 */
import type { Query } from '../db/query';
import { query } from './queries';

export interface KaderIndicator {
  code: string;
  volgorde: number;
  thema_code: string;
  thema: string;
  criterium_code: string;
  criterium: string;
  tekst: string;
  label: string;
}

/** The toetsingskader as stored in the data: 30 indicators in order. */
export function toetsingskader(): Query<KaderIndicator> {
  return query(
    `
SELECT code, volgorde, thema_code, thema, criterium_code, criterium, tekst, label
FROM indicatoren
ORDER BY volgorde`,
    [],
  );
}

export interface BronDocument {
  bestand: string;
  gemeente_id: string;
  gemeente: string;
  layout: string;
  codering: string;
  regels: number;
  sha256: string;
  maand_in_document: string | null;
  /** The original publication (data/raw/manifest.json); null when not known. */
  titel: string | null;
  uitgever: string | null;
  /** `JJJJ-MM`. */
  publicatiemaand: string | null;
}

/** The source files, by file name. */
export function bronDocumenten(): Query<BronDocument> {
  return query(
    `
SELECT d.bestand, d.gemeente_id, g.naam AS gemeente, d.layout, d.codering, d.regels, d.sha256, d.maand_in_document,
  d.titel, d.uitgever, d.publicatiemaand
FROM documenten d JOIN gemeenten g ON g.gemeente_id = d.gemeente_id
ORDER BY d.bestand`,
    [],
  );
}

export interface MethodeTelling {
  oordelen: number;
  voldoet: number;
  verbeterpunt: number;
  onduidelijk: number;
  gedeeld: number;
  mogelijk_onvolledig: number;
  met_let_op: number;
  conclusies: number;
  conclusies_onbepaald: number;
}

/**
 * Counts for the limits section of the Methode page. Core files only: the conclusies are counted per
 * aanpak at ingest (`aanpakken.conclusies`, `conclusies_onbepaald`).
 */
export function methodeTelling(): Query<MethodeTelling> {
  return query(
    `
SELECT COUNT(*)::INTEGER AS oordelen,
  COUNT(*) FILTER (WHERE oordeel = 'voldoet')::INTEGER AS voldoet,
  COUNT(*) FILTER (WHERE oordeel = 'verbeterpunt')::INTEGER AS verbeterpunt,
  COUNT(*) FILTER (WHERE oordeel = 'onduidelijk')::INTEGER AS onduidelijk,
  COUNT(*) FILTER (WHERE gedeeld)::INTEGER AS gedeeld,
  COUNT(*) FILTER (WHERE mogelijk_onvolledig)::INTEGER AS mogelijk_onvolledig,
  COUNT(*) FILTER (WHERE heeft_let_op)::INTEGER AS met_let_op,
  (SELECT SUM(conclusies) FROM aanpakken)::INTEGER AS conclusies,
  (SELECT SUM(conclusies_onbepaald) FROM aanpakken)::INTEGER AS conclusies_onbepaald
FROM oordelen`,
    [],
  );
}
