// Firms' consents to be introduced (the names behind a synergy), and the role projections that read them
// (TerritoryViewService, global: every read endpoint projects through it).

import { Global, Module } from '@nestjs/common';
import { TerritoryViewService } from '../auth/territory-view.service';
import { IntroductionsController } from './introductions.controller';
import { IntroductionsService } from './introductions.service';

@Global()
@Module({
  controllers: [IntroductionsController],
  providers: [IntroductionsService, TerritoryViewService],
  exports: [IntroductionsService, TerritoryViewService],
})
export class IntroductionsModule {}
