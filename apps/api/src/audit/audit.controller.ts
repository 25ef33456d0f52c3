// HTTP face of the audit log (thin, read-only): a territory's changes, newest first, for its facilitators
// and the admin. No write route: the log is append-only and written by the changes themselves.

import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Access } from '../auth/access-policy';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { AuditQueryDto } from './audit-query.dto';
import { AuditService } from './audit.service';
import { AuditPageView } from './audit.views';

@ApiTags('audit')
@Access('manage')
@Controller('territories/:territoryId/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOperation({
    summary:
      'Journal des modifications du territoire (déclarations, statuts de synergies) : qui, quand, quoi — ' +
      'les plus récentes d’abord',
  })
  @ApiOkResponse({ type: AuditPageView })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  list(@Param('territoryId') territoryId: string, @Query() query: AuditQueryDto): Promise<AuditPageView> {
    return this.audit.list(territoryId, query);
  }
}
