// Every TypeORM entity of the API, listed explicitly for the data source.
// Entities stay inside the services: controllers answer with flow-model types built by mappers.

import { AuditEntryEntity } from '../../audit/audit-entry.entity';
import { ACCOUNT_ENTITIES } from '../../auth/account.entities';
import { SynergyStatusEventEntity } from '../../follow-up/synergy-status-event.entity';
import { MatchRunEntity } from '../../match-runs/match-run.entity';
import { FlowEntity } from './flow.entity';
import { SiteEntity } from './site.entity';
import { TerritoryEntity } from './territory.entity';
import { ZoneEntity } from './zone.entity';

export { FlowEntity, SiteEntity, TerritoryEntity, ZoneEntity };

export const ENTITIES = [
  TerritoryEntity,
  ZoneEntity,
  SiteEntity,
  FlowEntity,
  MatchRunEntity,
  SynergyStatusEventEntity,
  ...ACCOUNT_ENTITIES,
  AuditEntryEntity,
];
