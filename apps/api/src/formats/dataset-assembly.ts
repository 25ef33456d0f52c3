// Assembles the tables read from a workbook or CSV files into a toile.dataset/1 shaped plain object,
// with a source map that tells which sheet row or CSV line each `$.flows[i]` came from.

import { DATASET_FORMAT, type Problem } from '@toile/flow-model';
import { DATASET_NOTE_KEY } from './columns';
import { throwIfProblems } from './format-error';
import { readKeyValueTable, readTable, type RawTable } from './table-reader';

export interface SourceTables {
  readonly territory?: RawTable;
  readonly zones?: RawTable;
  readonly sites: RawTable;
  readonly flows: RawTable;
}

/** Territory and zones given beside the tables (e.g. from the command line or a JSON side file). */
export interface DatasetMeta {
  readonly territory?: unknown;
  readonly zones?: unknown;
}

export interface TableSource {
  readonly source: string;
  readonly rowNumbers: readonly number[];
}

export interface DatasetSourceMap {
  readonly territory?: string;
  readonly zones?: TableSource;
  readonly sites?: TableSource;
  readonly flows?: TableSource;
}

export interface ParsedDataset {
  /** A dataset-shaped plain object, not yet validated. */
  readonly document: unknown;
  readonly sourceMap: DatasetSourceMap;
}

/** Builds the document; throws a FormatError listing every unknown column or key. */
export function assembleDataset(tables: SourceTables, meta: DatasetMeta = {}): ParsedDataset {
  const problems: Problem[] = [];
  let territory = meta.territory;
  let datasetNote: unknown;
  if (tables.territory !== undefined) {
    const read = readKeyValueTable('territory', tables.territory);
    problems.push(...read.problems);
    const { [DATASET_NOTE_KEY]: note, ...fields } = read.record ?? {};
    datasetNote = note;
    territory = Object.keys(fields).length > 0 ? fields : territory;
  }
  let zones: unknown = meta.zones ?? [];
  let zonesSource: TableSource | undefined;
  if (tables.zones !== undefined) {
    const read = readTable('zones', tables.zones);
    problems.push(...read.problems);
    zones = read.records;
    zonesSource = { source: tables.zones.source, rowNumbers: read.rowNumbers };
  }
  const sites = readTable('sites', tables.sites);
  const flows = readTable('flows', tables.flows);
  problems.push(...sites.problems, ...flows.problems);
  throwIfProblems(problems);
  const document: Record<string, unknown> = { format: DATASET_FORMAT };
  if (territory !== undefined) document.territory = territory;
  document.zones = zones;
  document.sites = sites.records;
  document.flows = flows.records;
  if (datasetNote !== undefined) document.note = datasetNote;
  return {
    document,
    sourceMap: {
      territory: tables.territory?.source,
      zones: zonesSource,
      sites: { source: tables.sites.source, rowNumbers: sites.rowNumbers },
      flows: { source: tables.flows.source, rowNumbers: flows.rowNumbers },
    },
  };
}

/** Where a problem's JSON path comes from in the source files, e.g. `flows.csv:row 5`, if known. */
export function locateProblem(path: string, sourceMap: DatasetSourceMap): string | undefined {
  const match = /^\$\.(zones|sites|flows)\[(\d+)\]/.exec(path);
  if (match === null) {
    return path.startsWith('$.territory') ? sourceMap.territory : undefined;
  }
  const table = sourceMap[match[1] as 'zones' | 'sites' | 'flows'];
  const row = table?.rowNumbers[Number(match[2])];
  return table === undefined || row === undefined ? undefined : `${table.source}:row ${row}`;
}
