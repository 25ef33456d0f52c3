// The scenarios feature: comparing two match runs (other prices, carbon price, a firm arriving or leaving).
// Reads match runs through the global MatchRunsModule; scenario runs go through the match-runs endpoint.

import { Module } from '@nestjs/common';
import { ScenariosController } from './scenarios.controller';
import { ScenariosService } from './scenarios.service';

@Module({
  controllers: [ScenariosController],
  providers: [ScenariosService],
})
export class ScenariosModule {}
