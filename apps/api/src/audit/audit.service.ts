// Reads a territory's audit log (filters, pages, newest first). There is no write method on purpose: entries
// are written only by appendAudit inside the changes' transactions, and never updated or deleted.

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { TerritoryEntity } from '../database/entities';
import { NotFoundError } from '../errors/domain-errors';
import { AuditEntryEntity } from './audit-entry.entity';
import { AUDIT_PAGE_DEFAULT, type AuditQueryDto } from './audit-query.dto';
import { type AuditPageView, toEntryView } from './audit.views';

/** `a_b` → `a\_b`: a site id used inside LIKE matches itself only. */
function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/gu, (c) => `\\${c}`);
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** The territory's entries; a deleted territory's entries stay readable (by the admin: the guard lets only it
   * address a missing territory). NotFoundError for a territory that never had any. */
  async list(territoryId: string, query: AuditQueryDto): Promise<AuditPageView> {
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
    const offset = query.offset ?? 0;
    const select = this.ds
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .where('entry.territoryId = :territoryId', { territoryId });
    if (query.since !== undefined) {
      select.andWhere('entry.at >= :since', { since: new Date(query.since).toISOString() });
    }
    if (query.until !== undefined) {
      select.andWhere('entry.at < :until', { until: new Date(query.until).toISOString() });
    }
    if (query.action !== undefined) select.andWhere('entry.action = :action', { action: query.action });
    if (query.siteId !== undefined) {
      select.andWhere(`entry.siteIds LIKE :site ESCAPE '\\'`, { site: `%|${likeEscaped(query.siteId)}|%` });
    }
    const [rows, total] = await select
      .orderBy('entry.at', 'DESC')
      .addOrderBy('entry.seq', 'DESC')
      .skip(offset)
      .take(limit)
      .getManyAndCount();
    if (total === 0 && !(await this.ds.getRepository(TerritoryEntity).existsBy({ id: territoryId }))) {
      throw new NotFoundError('territory', territoryId);
    }
    return { territoryId, total, limit, offset, items: rows.map(toEntryView) };
  }
}
