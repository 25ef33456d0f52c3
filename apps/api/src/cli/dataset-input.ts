// Reading the dataset file a command is given, and giving it a territory when the file has none
// (a CSV folder without territory.csv): `--territory <id>` and `--name <nom>` fill it in.

import { readDatasetFileWithSource, locateProblem, type ParsedDataset } from '../formats';

export interface DatasetInput {
  readonly document: unknown;
  readonly locate: (path: string) => string | undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The document with `territory` filled in from the options when it has none (returns it unchanged otherwise). */
export function withTerritory(document: unknown, territoryId?: string, name?: string): unknown {
  if (!isRecord(document) || document.territory !== undefined || territoryId === undefined) return document;
  const { format, ...rest } = document;
  return { format, territory: { id: territoryId, name: name ?? territoryId }, ...rest };
}

/** The territory id a document declares, if any. */
export function territoryIdOf(document: unknown): string | undefined {
  const territory = isRecord(document) ? document.territory : undefined;
  return isRecord(territory) && typeof territory.id === 'string' ? territory.id : undefined;
}

export async function readDatasetInput(
  file: string,
  territoryId?: string,
  name?: string,
): Promise<DatasetInput> {
  const parsed: ParsedDataset = await readDatasetFileWithSource(file);
  return {
    document: withTerritory(parsed.document, territoryId, name),
    locate: (path) => locateProblem(path, parsed.sourceMap),
  };
}
