// The audit log feature: the read endpoint. Writing needs no provider: services call appendAudit with the
// EntityManager of their own transaction.

import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({
  controllers: [AuditController],
  providers: [AuditService],
})
export class AuditModule {}
