// A territory's whole dataset: import (JSON, XLSX, CSV zip, multipart CSV) all or nothing, and export
// as toile.dataset/1, workbook or CSV zip. The storage itself is dataset-store.ts.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Dataset } from '@toile/flow-model';
import { TerritoryEntity } from '../database/entities';
import { ValidationFailedError } from '../errors/domain-errors';
import { datasetToCsvZip, datasetToWorkbook } from '../formats';
import { type DatasetUpload, locatedProblems, readUpload } from './dataset-upload';
import { importFormatOfMediaType } from '../audit/audit-summary';
import { exportDataset, importDataset, type ImportOutcome } from './dataset-store';

function textField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | null)?.[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

@Injectable()
export class DatasetsService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /**
   * Imports an upload as the territory's whole dataset. A file without its territory table gets
   * `{ id: <the URL's id>, name }`, the name being the multipart field `name`, else the stored one, else the id.
   */
  async importUpload(territoryId: string, upload: DatasetUpload): Promise<ImportOutcome> {
    const read = await readUpload(upload);
    let document = read.document;
    const fromFile = read.sourceMap !== undefined;
    if (fromFile && typeof document === 'object' && document !== null && !('territory' in document)) {
      document = { ...document, territory: await this.defaultTerritory(territoryId, upload.body) };
    }
    try {
      return await importDataset(this.ds, territoryId, document, {
        format: importFormatOfMediaType(upload.contentType),
      });
    } catch (error) {
      if (error instanceof ValidationFailedError && fromFile) {
        throw new ValidationFailedError(locatedProblems(error.problems, read.sourceMap), error.message);
      }
      throw error;
    }
  }

  export(territoryId: string): Promise<Dataset> {
    return exportDataset(this.ds, territoryId);
  }

  async exportWorkbook(territoryId: string): Promise<Buffer> {
    return datasetToWorkbook(await exportDataset(this.ds, territoryId));
  }

  async exportCsvZip(territoryId: string): Promise<Buffer> {
    return datasetToCsvZip(await exportDataset(this.ds, territoryId));
  }

  private async defaultTerritory(territoryId: string, fields: unknown) {
    const stored = await this.ds.getRepository(TerritoryEntity).findOneBy({ id: territoryId });
    const kind = textField(fields, 'kind') ?? stored?.kind ?? undefined;
    return {
      id: territoryId,
      name: textField(fields, 'name') ?? stored?.name ?? territoryId,
      ...(kind === undefined ? {} : { kind }),
    };
  }
}
