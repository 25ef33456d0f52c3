// Pure French summaries of audit entries (one sentence each) and the name of an import's format.
// The summary is written once, with the entry; the details JSON keeps the exact values.

import type { CollectionChanges } from './audit-diff';

export type ImportFormat = 'json' | 'xlsx' | 'csv-zip' | 'csv-form' | 'csv-folder' | 'document';

export const IMPORT_FORMAT_LABELS_FR: Readonly<Record<ImportFormat, string>> = {
  json: 'JSON',
  xlsx: 'classeur Excel',
  'csv-zip': 'archive zip de CSV',
  'csv-form': 'fichiers CSV (formulaire)',
  'csv-folder': 'dossier de CSV',
  document: 'document',
};

/** The format of an upload from its media type (parameters ignored). */
export function importFormatOfMediaType(contentType: string | undefined): ImportFormat {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') return 'json';
  if (type.includes('spreadsheetml')) return 'xlsx';
  if (type.includes('zip')) return 'csv-zip';
  if (type === 'multipart/form-data') return 'csv-form';
  return 'document';
}

/** The format of a file given to the CLI, from its name (a folder holds CSV files). */
export function importFormatOfPath(path: string, isFolder: boolean): ImportFormat {
  if (isFolder) return 'csv-folder';
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.zip')) return 'csv-zip';
  return 'document';
}

function counted(changes: CollectionChanges, noun: string): string {
  return `${noun} +${changes.added} ~${changes.changed} −${changes.removed} (${changes.total})`;
}

export function importSummaryFr(input: {
  readonly created: boolean;
  readonly format: ImportFormat;
  readonly zones: CollectionChanges;
  readonly sites: CollectionChanges;
  readonly flows: CollectionChanges;
}): string {
  const verb = input.created ? 'Territoire créé par import' : 'Jeu de données remplacé par import';
  return (
    `${verb} (${IMPORT_FORMAT_LABELS_FR[input.format]}) : ` +
    `${counted(input.zones, 'zones')}, ${counted(input.sites, 'sites')}, ${counted(input.flows, 'flux')}`
  );
}

const NOUN = { sites: 'Site', flows: 'Flux' } as const;

export function itemSummaryFr(
  collection: 'sites' | 'flows',
  change: 'create' | 'update' | 'delete',
  id: string,
  detail: { readonly fields?: readonly string[]; readonly flowsRemoved?: number } = {},
): string {
  const noun = `${NOUN[collection]} « ${id} »`;
  if (change === 'create') return `${noun} ajouté`;
  if (change === 'delete') {
    const flows = detail.flowsRemoved ? ` avec ses ${detail.flowsRemoved} flux` : '';
    return `${noun} supprimé${flows}`;
  }
  const fields = detail.fields ?? [];
  return fields.length === 0
    ? `${noun} enregistré sans changement`
    : `${noun} modifié : ${fields.join(', ')}`;
}

export function territorySummaryFr(
  change: 'create' | 'update' | 'delete',
  id: string,
  fields: readonly string[] = [],
): string {
  if (change === 'create') return `Territoire « ${id} » créé`;
  if (change === 'delete') return `Territoire « ${id} » supprimé avec ses zones, sites, flux et calculs`;
  return fields.length === 0
    ? `Territoire « ${id} » enregistré sans changement`
    : `Territoire « ${id} » modifié : ${fields.join(', ')}`;
}

export function statusSummaryFr(synergyKey: string, fromLabel: string, toLabel: string): string {
  return `Synergie « ${synergyKey} » : ${fromLabel} → ${toLabel}`;
}
