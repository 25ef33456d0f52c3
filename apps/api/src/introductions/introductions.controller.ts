// HTTP face of introductions (thin): a firm agrees, or stops agreeing, to be named to the counterpart of one of
// its synergies. Only firms of the synergy may; facilitators see every name already.

import { Controller, Delete, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../auth/access-policy';
import { CurrentAccess } from '../auth/current-access.decorator';
import { ForbiddenError, UnauthenticatedError } from '../errors/domain-errors';
import type { RequestAccess } from '../auth/territory-access';
import { type IntroductionView, IntroductionsService } from './introductions.service';

function assertFirm(access: RequestAccess): void {
  if (access.territory?.level === 'firm') return;
  if (access.principal.kind === 'public') throw new UnauthenticatedError();
  throw new ForbiddenError('seules les entreprises de la synergie donnent leur accord de mise en relation');
}

@ApiTags('introductions')
@ApiBearerAuth()
@Access('read')
@Controller('territories/:territoryId/synergies/:key/introduction')
export class IntroductionsController {
  constructor(private readonly introductions: IntroductionsService) {}

  @Post()
  @ApiOperation({
    summary:
      'Accord de mise en relation : l’autre entreprise vous verra nommée quand elle aura aussi accepté',
  })
  @ApiOkResponse({ description: '{ synergyKey, siteIds, introduced }' })
  agree(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('key') key: string,
  ): Promise<IntroductionView> {
    assertFirm(access);
    return this.introductions.agree(access.principal, territoryId, key);
  }

  @Delete()
  @ApiOperation({ summary: 'Retire l’accord de mise en relation' })
  @ApiOkResponse({ description: '{ synergyKey, siteIds, introduced }' })
  withdraw(
    @CurrentAccess() access: RequestAccess,
    @Param('territoryId') territoryId: string,
    @Param('key') key: string,
  ): Promise<IntroductionView> {
    assertFirm(access);
    return this.introductions.withdraw(access.principal, territoryId, key);
  }
}
